package com.frgm.dashboard.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

    @Test
    void readsPlainRecordsWithTheirLines() throws IOException {
        List<CsvRecord> records = readAll("a,b,c\n1,2,3\n");

        assertThat(records)
                .extracting(CsvRecord::fields)
                .containsExactly(List.of("a", "b", "c"), List.of("1", "2", "3"));
        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2);
    }

    @Test
    void readsQuotedCommasDoubledQuotesAndEmptyFields() throws IOException {
        CsvRecord record = readAll("\"a,b\",\"say \"\"hi\"\"\",,\"\"\n").get(0);

        assertThat(record.fields()).containsExactly("a,b", "say \"hi\"", "", "");
    }

    @Test
    void keepsLineBreaksInsideQuotesAndCountsPhysicalLines() throws IOException {
        List<CsvRecord> records = readAll("h1,h2\n\"two\nlines\",x\r\n\"a\r\nb\",\"c\n\nd\"\nlast,row");

        assertThat(records.get(1).fields()).containsExactly("two\nlines", "x");
        assertThat(records.get(1).line()).isEqualTo(2);
        assertThat(records.get(1).lineOf(1)).isEqualTo(3);
        assertThat(records.get(2).fields()).containsExactly("a\r\nb", "c\n\nd");
        assertThat(records.get(2).line()).isEqualTo(4);
        assertThat(records.get(2).lineOf(1)).isEqualTo(5);
        assertThat(records.get(3).line()).isEqualTo(8);
        assertThat(records.get(3).fields()).containsExactly("last", "row");
    }

    @Test
    void acceptsCrlfLoneCrAndAMissingFinalLineBreak() throws IOException {
        List<CsvRecord> records = readAll("a,b\r\n1,2\r3,4");

        assertThat(records)
                .extracting(CsvRecord::fields)
                .containsExactly(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"));
        assertThat(records).extracting(CsvRecord::line).containsExactly(1, 2, 3);
    }

    @Test
    void skipsALeadingBomOnly() throws IOException {
        List<CsvRecord> records = readAll("\uFEFFinstrument,x\n\uFEFFa,b\n");

        assertThat(records.get(0).get(0)).isEqualTo("instrument");
        assertThat(records.get(1).get(0)).isEqualTo("\uFEFFa");
    }

    @Test
    void aFinalLineBreakAddsNoRecordButABlankLineIsOneEmptyField() throws IOException {
        List<CsvRecord> records = readAll("a\n\nb\n");

        assertThat(records).extracting(CsvRecord::fields).containsExactly(List.of("a"), List.of(""), List.of("b"));
        assertThat(records.get(1).isBlank()).isTrue();
        assertThat(records.get(2).line()).isEqualTo(3);
        assertThat(readAll("")).isEmpty();
        assertThat(readAll("a,\n").get(0).fields()).containsExactly("a", "");
    }

    @Test
    void reportsAnUnterminatedQuotedFieldOnTheLineItStarts() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("a,b\n1,\"open\nstill open"));
        reader.next();

        assertThatThrownBy(reader::next).isInstanceOfSatisfying(CsvFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reason()).isEqualTo("unterminated quoted field");
            assertThat(e.value()).startsWith("\"open");
        });
        assertThat(reader.next()).isNull();
    }

    @Test
    void reportsAStrayQuoteAndResumesOnTheNextLine() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("a,b\n1,2\"5\r\n3,4\n"));
        reader.next();

        assertThatThrownBy(reader::next).isInstanceOfSatisfying(CsvFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reason()).isEqualTo("stray quote in unquoted field");
            assertThat(e.value()).isEqualTo("2\"5");
        });
        CsvRecord next = reader.next();
        assertThat(next.fields()).containsExactly("3", "4");
        assertThat(next.line()).isEqualTo(3);
    }

    @Test
    void reportsTextAfterAClosingQuote() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("\"a\nb\"c,d\nx,y\n"));

        assertThatThrownBy(reader::next).isInstanceOfSatisfying(CsvFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.reason()).isEqualTo("unexpected character after closing quote");
        });
        assertThat(reader.next().fields()).containsExactly("x", "y");
    }

    @Test
    void refusesARecordLongerThanTheLimit() throws IOException {
        CsvReader reader = new CsvReader(new StringReader("ok\n\"" + "x".repeat(500)), 100);
        reader.next();

        assertThatThrownBy(reader::next)
                .isInstanceOfSatisfying(
                        CsvFormatException.class,
                        e -> assertThat(e.reason()).isEqualTo("record longer than 100 characters"));
        assertThat(reader.next()).isNull();
    }

    @Test
    void readsFieldsSpanningBufferBoundaries() throws IOException {
        String longField = "y".repeat(20_000);
        List<CsvRecord> records = readAll("a," + longField + "\n\"" + longField + "\"\"\",b\n");

        assertThat(records.get(0).get(1)).isEqualTo(longField);
        assertThat(records.get(1).get(0)).isEqualTo(longField + "\"");
        assertThat(records.get(1).line()).isEqualTo(2);
    }

    @Test
    void streamsRecordByRecordWithoutReadingAhead() throws IOException {
        CountingReader endless = new CountingReader("instrument,bid\nZNH24,112.5\n");
        CsvReader reader = new CsvReader(endless);

        for (int i = 0; i < 10_000; i++) {
            assertThat(reader.next()).isNotNull();
        }
        assertThat(endless.served).isLessThan(10_000L * 26 + 16_384);
    }

    static List<CsvRecord> readAll(String text) throws IOException {
        CsvReader reader = new CsvReader(new StringReader(text));
        List<CsvRecord> records = new ArrayList<>();
        for (CsvRecord r = reader.next(); r != null; r = reader.next()) {
            records.add(r);
        }
        return records;
    }

    /** Repeats its text for ever, counting the characters handed out. */
    private static final class CountingReader extends Reader {
        private final String text;
        private long served;

        CountingReader(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] target, int offset, int length) {
            for (int i = 0; i < length; i++) {
                target[offset + i] = text.charAt((int) (served++ % text.length()));
            }
            return length;
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
