package com.frgm.dashboard.query.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class CursorsTest {

    @Test
    void aPagesLastKeyComesBackFromItsCursor() {
        Map<String, AttributeValue> key = Map.of(
                "instrument_id",
                AttributeValue.fromS("ZN H24/C 111=x"),
                "timestamp",
                AttributeValue.fromN("1705315178000"));

        String cursor = Cursors.encode(key);

        assertThat(cursor).matches("[A-Za-z0-9_-]+");
        assertThat(Cursors.decode(cursor)).isEqualTo(key);
    }

    @Test
    void noLastKeyMeansNoCursor() {
        assertThat(Cursors.encode(Map.of())).isNull();
        assertThat(Cursors.encode(null)).isNull();
    }

    @Test
    void refusesACursorItNeverHandedOut() {
        assertThatThrownBy(() -> Cursors.decode("bm90LW91cnM"))
                .isInstanceOf(Cursors.InvalidCursorException.class)
                .hasMessageStartingWith("cursor");
        assertThatThrownBy(() -> Cursors.decode("!!")).isInstanceOf(Cursors.InvalidCursorException.class);
    }

    @Test
    void refusesAGiantExponentAtOnceInsteadOfWritingOutItsDigits() {
        // new BigDecimal("1e999999999").toPlainString() would build a billion-digit string.
        String giant = cursorOf("instrument_id=S:X\ntimestamp=N:1e999999999\n");

        assertTimeoutPreemptively(
                Duration.ofSeconds(1),
                () -> assertThatThrownBy(() -> Cursors.decode(giant))
                        .isInstanceOf(Cursors.InvalidCursorException.class));
    }

    @Test
    void refusesNumbersDynamoDbWouldNotHoldAndOverlongCursors() {
        for (String number : new String[] {"1".repeat(39), "1e1000", "NaN", "0x10", " 1", "1.", ""}) {
            assertThatThrownBy(() -> Cursors.decode(cursorOf("timestamp=N:" + number + "\n")))
                    .as(number)
                    .isInstanceOf(Cursors.InvalidCursorException.class);
        }
        assertThat(Cursors.decode(cursorOf("timestamp=N:1.5e3\n")))
                .isEqualTo(Map.of("timestamp", AttributeValue.fromN("1500")));
        assertThatThrownBy(() -> Cursors.decode("A".repeat(Cursors.MAX_LENGTH + 1)))
                .isInstanceOf(Cursors.InvalidCursorException.class);
    }

    private static String cursorOf(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
