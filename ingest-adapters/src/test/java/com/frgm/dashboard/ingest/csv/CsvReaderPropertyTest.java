package com.frgm.dashboard.ingest.csv;

import static com.frgm.dashboard.ingest.testsupport.RandomValues.listOf;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.range;
import static com.frgm.dashboard.ingest.testsupport.RandomValues.string;
import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.ingest.testsupport.PropertyCases;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Whatever the fields hold, writing them with RFC 4180 quoting and reading them back is lossless. */
class CsvReaderPropertyTest {

    private static final long BASE_SEED = 0x4353_5652_0000_0000L;
    private static final int CASES = 500;
    private static final String FIELD_CHARS = range(' ', '~') + ",\"\r\n\t\u00e9\u20ac";

    @TestFactory
    Stream<DynamicTest> readsBackWhatWasWritten() {
        return PropertyCases.cases(BASE_SEED, CASES, random -> {
            List<List<String>> table = table(random);
            String newline = random.nextBoolean() ? "\r\n" : "\n";
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "\uFEFF" : "");
            int[] expectedLines = new int[table.size()];
            int line = 1;
            for (int r = 0; r < table.size(); r++) {
                expectedLines[r] = line;
                List<String> row = table.get(r);
                for (int f = 0; f < row.size(); f++) {
                    String field = row.get(f);
                    boolean mustQuote = field.matches("(?s).*[,\"\r\n].*") || (row.size() == 1 && field.isEmpty());
                    text.append(f == 0 ? "" : ",")
                            .append(
                                    mustQuote || random.nextBoolean()
                                            ? '"' + field.replace("\"", "\"\"") + '"'
                                            : field);
                    line += lineBreaks(field);
                }
                text.append(newline);
                line++;
            }

            List<CsvRecord> records = CsvReaderTest.readAll(text.toString());

            assertThat(records)
                    .as(text.toString())
                    .extracting(CsvRecord::fields)
                    .isEqualTo(table);
            for (int r = 0; r < table.size(); r++) {
                assertThat(records.get(r).line())
                        .as("line of record %d in %s", r, text)
                        .isEqualTo(expectedLines[r]);
            }
        });
    }

    /** Up to 8 rows of 1 to 6 fields, each up to 12 characters, separators and line breaks included. */
    private static List<List<String>> table(RandomGenerator random) {
        return listOf(random, 0, 8, () -> listOf(random, 1, 6, () -> string(random, FIELD_CHARS, 0, 12)));
    }

    /** Physical line breaks in a field: CRLF, LF and a lone CR each count once. */
    private static int lineBreaks(String field) {
        return field.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replaceAll("[^\n]", "")
                .length();
    }
}
