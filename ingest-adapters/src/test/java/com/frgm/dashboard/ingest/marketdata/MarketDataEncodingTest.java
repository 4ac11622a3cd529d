package com.frgm.dashboard.ingest.marketdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.ingest.file.FileProblem;
import com.frgm.dashboard.ingest.file.ParsedFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarketDataEncodingTest {

    private final MarketDataCsvParser parser = new MarketDataCsvParser();

    @Test
    void acceptsUtf8WithBomAndCrlf() {
        ParsedFile<MarketQuote> parsed = parse("\uFEFFInstrument,price,note\r\nZNH24,112.5,d\u00e9j\u00e0 vu \u20ac\r\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows().get(0).instrument()).isEqualTo("ZNH24");
        assertThat(parsed.rows().get(0).extras()).containsEntry("note", "déjà vu €");
    }

    @Test
    void rejectsMalformedUtf8AsAProblemOnItsLine() {
        byte[] bytes = "instrument,price\nA,1\nB,1\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);

        ParsedFile<MarketQuote> parsed = parse(bytes);

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems())
                .containsExactly(FileProblem.atLine(3, "not valid UTF-8 (malformed byte sequence)"));
    }

    @Test
    void failsLoudlyWhenTheInputCannotBeReadRatherThanRejectingTheFile() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };

        assertThatThrownBy(() -> parser.parse(broken, ParserFixture.FILE_TIME, ProductSpec.NONE))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("disk gone");
    }

    private ParsedFile<MarketQuote> parse(byte[] bytes) {
        return parser.parse(new ByteArrayInputStream(bytes), ParserFixture.FILE_TIME, ProductSpec.NONE);
    }
}
