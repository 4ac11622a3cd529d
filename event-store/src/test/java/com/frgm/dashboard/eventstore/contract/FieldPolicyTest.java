package com.frgm.dashboard.eventstore.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.frgm.dashboard.api.MayBeAbsent;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.api.orders.OrderFilledEvent;
import java.nio.charset.StandardCharsets;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;

/**
 * What a reader of stored events tolerates (docs/adr/0016): unknown fields yes, a missing field
 * only where the component says {@link MayBeAbsent}, a null only where it is no number.
 */
class FieldPolicyTest {

    record Note(
            String author,
            String text,
            long count,
            @MayBeAbsent String tag) {}

    @Test
    void aRenamedFieldIsAnErrorNotANull() {
        String renamed = sample(QuoteUpdatedEvent.class).replace("\"fileKey\":", "\"file_key\":");

        assertThatThrownBy(() -> read(renamed, QuoteUpdatedEvent.class))
                .isInstanceOf(SerializationException.class)
                .rootCause()
                .hasMessageContaining("Missing required creator property 'fileKey'");
    }

    @Test
    void aMissingFieldOfANestedRecordIsAnErrorToo() {
        String withoutSide = sample(OrderFilledEvent.class).replace("\"side\":\"BUY\",", "");

        assertThatThrownBy(() -> read(withoutSide, OrderFilledEvent.class))
                .rootCause()
                .hasMessageContaining("Missing required creator property 'side'");
    }

    @Test
    void aMissingNumberIsAnErrorNotZero() {
        assertThatThrownBy(() -> read("{\"author\":\"ann\",\"text\":\"hi\"}", Note.class))
                .rootCause()
                .hasMessageContaining("'count'");
    }

    @Test
    void aNullNumberIsAnError() {
        assertThatThrownBy(() -> read("{\"author\":\"ann\",\"text\":\"hi\",\"count\":null}", Note.class))
                .rootCause()
                .hasMessageContaining("count");
    }

    @Test
    void aNullThatWasWrittenIsRead() {
        assertThat(read("{\"author\":null,\"text\":\"hi\",\"count\":1,\"tag\":null}", Note.class))
                .isEqualTo(new Note(null, "hi", 1, null));
    }

    @Test
    void aComponentThatMayBeAbsentReadsAsNull() {
        assertThat(read("{\"author\":\"ann\",\"text\":\"hi\",\"count\":1}", Note.class))
                .isEqualTo(new Note("ann", "hi", 1, null));
    }

    @Test
    void aFieldTheReaderDoesNotKnowIsIgnored() {
        assertThat(read(
                        "{\"author\":\"ann\",\"text\":\"hi\",\"count\":1,\"tag\":\"t\",\"addedLater\":[1,2]}",
                        Note.class))
                .isEqualTo(new Note("ann", "hi", 1, "t"));
    }

    /** Axon's own types are left lenient: a replay token from the start has no current token. */
    @Test
    void axonsTokensStillReadWithTheirOptionalFieldsLeftOut() {
        TrackingToken replay = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(41), null);
        SerializedObject<byte[]> stored = EventSamples.SERIALIZER.serialize(replay, byte[].class);

        assertThat((Object) EventSamples.SERIALIZER.deserialize(stored)).isEqualTo(replay);
    }

    private static String sample(Class<?> type) {
        return new String(EventSamples.bytes(EventSamples.typeName(type), "1").orElseThrow(), StandardCharsets.UTF_8);
    }

    private static <T> T read(String json, Class<T> type) {
        return EventSamples.SERIALIZER.deserialize(new SimpleSerializedObject<>(
                json.getBytes(StandardCharsets.UTF_8),
                byte[].class,
                EventSamples.typeName(type),
                EventSamples.currentRevision(type)));
    }
}
