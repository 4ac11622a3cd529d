package com.frgm.dashboard.query.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class CursorsTest {

    @Test
    void aPagesLastKeyComesBackFromItsCursor() {
        Map<String, AttributeValue> key = Map.of("instrument_id", AttributeValue.fromS("ZN H24/C 111=x"),
                "timestamp", AttributeValue.fromN("1705315178000"));

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
        assertThatThrownBy(() -> Cursors.decode("bm90LW91cnM")).isInstanceOf(Cursors.InvalidCursorException.class)
                .hasMessageStartingWith("cursor");
        assertThatThrownBy(() -> Cursors.decode("!!")).isInstanceOf(IllegalArgumentException.class);
    }
}
