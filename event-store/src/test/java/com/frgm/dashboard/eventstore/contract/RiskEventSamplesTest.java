package com.frgm.dashboard.eventstore.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.frgm.dashboard.api.risk.RiskLimitBreachedEvent;
import com.frgm.dashboard.api.risk.RiskLimitClearedEvent;
import com.frgm.dashboard.api.risk.RiskLimitKind;
import com.frgm.dashboard.eventstore.jdbc.EventSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.junit.jupiter.api.Test;

/**
 * The stored form of the risk limit events (ADR 0015) as saved samples, in the layout of the event
 * contract (events/{type}/{revision}.json): a sample reads as the event, and the event writes the
 * sample's exact bytes.
 */
class RiskEventSamplesTest {

    private static final Serializer SERIALIZER = EventSerialization.serializer();
    private static final Instant SEEN = Instant.parse("2024-01-16T14:01:00.250Z");

    @Test
    void riskLimitBreachedEventRevision1() throws IOException {
        assertSample(
                new RiskLimitBreachedEvent(
                        "risk-limits:RISK01",
                        "RISK01",
                        RiskLimitKind.DELTA,
                        new BigDecimal("4.5"),
                        new BigDecimal("5"),
                        42,
                        SEEN),
                "1");
    }

    @Test
    void riskLimitClearedEventRevision1() throws IOException {
        assertSample(
                new RiskLimitClearedEvent(
                        "risk-limits:RISK02",
                        "RISK02",
                        RiskLimitKind.LOSS,
                        new BigDecimal("5000.00"),
                        new BigDecimal("4999.75"),
                        57,
                        SEEN),
                "1");
    }

    private static void assertSample(Object event, String revision) throws IOException {
        String type = event.getClass().getName();
        byte[] sample;
        try (InputStream in =
                RiskEventSamplesTest.class.getResourceAsStream("/events/" + type + "/" + revision + ".json")) {
            assertThat(in).as("sample of " + type + " revision " + revision).isNotNull();
            sample = in.readAllBytes();
        }
        SerializedType serializedType = new SimpleSerializedType(type, revision);
        Object read = SERIALIZER.deserialize(new SimpleSerializedObject<>(sample, byte[].class, serializedType));
        assertThat(read).isEqualTo(event);
        assertThat(new String(SERIALIZER.serialize(event, byte[].class).getData()))
                .isEqualTo(new String(sample));
    }
}
