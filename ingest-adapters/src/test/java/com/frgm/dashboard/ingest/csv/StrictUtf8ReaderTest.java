package com.frgm.dashboard.ingest.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link CsvReader#utf8} over {@link StrictUtf8Reader}: strict decoding with exact lines. */
class StrictUtf8ReaderTest {

    @Test
    void decodesStrictUtf8AndNamesTheLineOfMalformedBytes() throws IOException {
        byte[] good = "a,b\nZNH24,\u00e9\u20ac\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 4];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = 'x';
        bad[good.length + 1] = (byte) 0xC3;
        bad[good.length + 2] = '(';
        bad[good.length + 3] = '\n';
        CsvReader reader = CsvReader.utf8(new ByteArrayInputStream(bad));

        assertThat(reader.next().fields()).containsExactly("a", "b");
        assertThat(reader.next().fields()).containsExactly("ZNH24", "é€");
        assertThatThrownBy(reader::next).isInstanceOfSatisfying(CsvFormatException.class, e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.reason()).contains("not valid UTF-8");
        });
        assertThat(reader.next()).isNull();
    }

    @Test
    void reportsUtf8TruncatedAtTheEnd() throws IOException {
        CsvReader reader =
                CsvReader.utf8(new ByteArrayInputStream(new byte[] {'a', '\n', 'b', (byte) 0xE2, (byte) 0x82}));
        reader.next();

        assertThatThrownBy(reader::next)
                .isInstanceOfSatisfying(
                        CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(2));
    }

    @Test
    void deliversSingleCharactersAndSurrogatePairs() throws IOException {
        StrictUtf8Reader reader =
                new StrictUtf8Reader(new ByteArrayInputStream("a\uD83D\uDE00".getBytes(StandardCharsets.UTF_8)));

        assertThat((char) reader.read()).isEqualTo('a');
        assertThat((char) reader.read()).isEqualTo('\uD83D');
        assertThat((char) reader.read()).isEqualTo('\uDE00');
        assertThat(reader.read()).isEqualTo(-1);
    }
}
