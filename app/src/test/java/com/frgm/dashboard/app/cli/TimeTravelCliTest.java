package com.frgm.dashboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.frgm.dashboard.api.marketdata.MarketDataFileAcceptedEvent;
import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.QuoteUpdatedEvent;
import com.frgm.dashboard.eventstore.archive.ArchiveLayout;
import com.frgm.dashboard.eventstore.archive.ArchivedEvent;
import com.frgm.dashboard.eventstore.archive.ManifestEntry;
import com.frgm.dashboard.eventstore.archive.SegmentCodec;
import com.frgm.dashboard.eventstore.jdbc.EventSerialization;
import com.frgm.dashboard.eventstore.objects.FileObjectStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The post-mortem commands on an archive copied to a plain directory, no database: compact,
 * checkpoint, then replay on both clocks gives the same state as a replay ignoring checkpoints.
 * A file stamped ten minutes after it arrived (a feed whose clock is wrong, or history
 * re-ingested) tells the two clocks apart.
 */
class TimeTravelCliTest {

    private static final Instant START = Instant.parse("2024-01-15T14:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void compactCheckpointAndReplayOnBothClocksAnswerAsAFullReplay() throws Exception {
        writeArchive(new FileObjectStore(dir), 300);
        String archive = "file:" + dir;

        assertThat(run("compact", "--archive", archive, "--older-than", "PT0S", "--events", "100"))
                .isZero();
        assertThat(run("compact", "--archive", archive, "--older-than", "PT0S")).isZero();
        assertThat(run("checkpoint", "--archive", archive, "--every", "50")).isZero();
        assertThat(new FileObjectStore(dir).list(ArchiveLayout.INDEX)).hasSize(1);
        assertThat(new FileObjectStore(dir).list(ArchiveLayout.MANIFEST)).isEmpty();

        String at = START.plusMillis(150_500).toString();
        for (String clock : List.of("--at", "--feed-time")) {
            JsonNode fast = replay(clock, at, archive, "use");
            JsonNode full = replay(clock, at, archive, "ignore");
            assertThat(fast.get("checkpointGlobalIndex").asLong()).as(clock).isPositive();
            assertThat(full.get("checkpointGlobalIndex").asLong()).isZero();
            assertThat(fast.get("ladders")).as(clock).isEqualTo(full.get("ladders"));
            assertThat(fast.get("feeds")).as(clock).isEqualTo(full.get("feeds"));
        }
        JsonNode desk = replay("--at", at, archive, "use");
        JsonNode feed = replay("--feed-time", at, archive, "use");
        assertThat(desk.get("clock").asText()).isEqualTo("DESK");
        assertThat(feed.get("clock").asText()).isEqualTo("FEED");
        assertThat(bid(desk)).isEqualTo(111.00); // file 150 had arrived by then...
        assertThat(bid(feed)).isEqualTo(110.99); // ...but on the feed's clock it is ten minutes on
    }

    private static double bid(JsonNode view) {
        return view.get("ladders").get(0).get("bestBid").asDouble();
    }

    private JsonNode replay(String clock, String at, String archive, String checkpoints) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(
                new String[] {
                    "replay", clock, at, "--instrument", "ZNH24", "--archive", archive, "--checkpoints", checkpoints
                },
                new PrintStream(out, true, StandardCharsets.UTF_8),
                quiet());
        assertThat(code).isZero();
        return JSON.readTree(out.toByteArray());
    }

    private static int run(String... args) {
        return Cli.run(args, quiet(), quiet());
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** One file a second, two events each, in segments of four; file 150 is stamped ten minutes on. */
    private static void writeArchive(FileObjectStore store, int files) {
        Serializer serializer = EventSerialization.serializer();
        byte[] meta =
                serializer.serialize(MetaData.emptyInstance(), byte[].class).getData();
        List<ArchivedEvent> segment = new ArrayList<>();
        long index = 0;
        long after = 0;
        for (int file = 1; file <= files; file++) {
            Instant stored = START.plusSeconds(file);
            Instant stamped = file == 150 ? stored.plusSeconds(600) : stored.minusMillis(200);
            String key = "md/" + file + ".csv";
            for (Object payload : List.of(
                    new QuoteUpdatedEvent(
                            "md",
                            key,
                            quote(stamped, file == 150 ? new BigDecimal("111.00") : new BigDecimal("110.99"))),
                    new MarketDataFileAcceptedEvent("md", key, "sha" + file, stamped, 1, 1, 0, 0))) {
                index++;
                SerializedObject<byte[]> data = serializer.serialize(payload, byte[].class);
                segment.add(new ArchivedEvent(
                        index,
                        "e" + index,
                        "md",
                        "MarketDataFeed",
                        index - 1,
                        data.getType().getName(),
                        data.getType().getRevision(),
                        stored.toString(),
                        data.getData(),
                        meta));
            }
            if (segment.size() == 4 || file == files) {
                byte[] object = SegmentCodec.encode(segment);
                ManifestEntry entry = ManifestEntry.of(after, segment, object);
                store.put(entry.segment(), object);
                store.put(ArchiveLayout.manifestKey(entry.firstGlobalIndex()), entry.toJson());
                after = entry.lastGlobalIndex();
                segment.clear();
            }
        }
    }

    private static MarketQuote quote(Instant at, BigDecimal bid) {
        BigDecimal tick = new BigDecimal("0.01");
        return new MarketQuote(
                "ZNH24",
                at,
                bid,
                10L,
                bid.add(tick),
                12L,
                bid,
                100L,
                List.of(),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                tick,
                new BigDecimal("1000"),
                Map.of());
    }
}
