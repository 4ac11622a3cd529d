package com.frgm.dashboard.ingest.tt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.frgm.dashboard.eventstore.objects.ObjectStore;
import com.frgm.dashboard.eventstore.worker.BackgroundWorker;
import com.frgm.dashboard.eventstore.worker.Leadership;
import com.frgm.dashboard.ingest.orders.SnapshotFileName;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every poll interval: fetch TT's working orders, write them as a docs/feeds.md section 5 snapshot to
 * {@code working-orders/YYYY/MM/DD/orders_snapshot_{epochSeconds}.json} in the TT bucket, and leave
 * the rest to the normal ingest path (ADR 0006). The snapshot time is when the orders arrived.
 * A failed poll writes nothing; the next one starts afresh. Once the daily request cap is spent it
 * says so loudly once and sends nothing more until the next UTC day.
 */
public class TtSnapshotPoller extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(TtSnapshotPoller.class);
    private static final Duration LEADERSHIP_CHECK = Duration.ofSeconds(2);

    private final TtApiClient client;
    private final DailyRequestBudget budget;
    private final TtOrderMapper mapper;
    private final ObjectStore sink;
    private final Duration interval;
    private final Clock clock;
    private final TtMetrics metrics;
    private final ObjectMapper json;
    private final Leadership leadership;
    private Instant nextPoll = Instant.MIN;
    private LocalDate cappedDay;

    TtSnapshotPoller(
            TtApiClient client,
            DailyRequestBudget budget,
            TtOrderMapper mapper,
            ObjectStore sink,
            Duration interval,
            Clock clock,
            TtMetrics metrics,
            ObjectMapper json,
            Leadership leadership) {
        super("tt-poller");
        this.leadership = leadership;
        this.client = client;
        this.budget = budget;
        this.mapper = mapper;
        this.sink = sink;
        this.interval = interval;
        this.clock = clock;
        this.metrics = metrics;
        this.json = json;
    }

    /**
     * One poll; returns the key written, or empty when today's cap is spent. Throws when TT or the
     * sink fails. Visible for tests and tools.
     */
    public synchronized Optional<String> pollOnce() throws InterruptedException, IOException {
        if (budget.exhausted()) {
            reportCap();
            return Optional.empty();
        }
        List<JsonNode> ttOrders;
        try {
            ttOrders = client.fetchWorkingOrders();
        } catch (DailyCapReachedException e) {
            reportCap();
            return Optional.empty();
        }
        Instant snapshotTime = clock.instant();
        List<SnapshotOrder> orders = mapper.map(ttOrders);
        // Filed under its UTC day, the default file zone (docs/feeds.md 1).
        String key = new SnapshotFileName(snapshotTime).key(ZoneOffset.UTC);
        byte[] snapshot = toJson(orders);
        try {
            sink.put(key, snapshot);
        } catch (RuntimeException e) {
            throw new IOException("writing " + key + " to " + sink.describe() + " failed: " + e.getMessage(), e);
        }
        metrics.snapshotWritten();
        log.debug("Wrote {} working order(s) to {}/{}", orders.size(), sink.describe(), key);
        return Optional.of(key);
    }

    /**
     * Polls when this node leads and the interval has passed. The lead is checked every couple of
     * seconds, so a follower takes over soon after the leader dies, whatever the interval.
     */
    @Override
    protected void runOnce() {
        if (!leadership.holds()) {
            nextPoll = Instant.MIN;
            return;
        }
        Instant now = clock.instant();
        if (now.isBefore(nextPoll)) {
            return;
        }
        nextPoll = now.plus(interval);
        pollSafely();
    }

    @Override
    protected Duration pause() {
        return interval.compareTo(LEADERSHIP_CHECK) < 0 ? interval : LEADERSHIP_CHECK;
    }

    @Override
    protected void afterStop() {
        leadership.release();
    }

    @Override
    protected String describe() {
        return "TT working-order poller (every " + interval + " into " + sink.describe() + ")";
    }

    private void pollSafely() {
        try {
            Optional<String> key = pollOnce();
            metrics.poll(key.isPresent() ? "ok" : "capped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (TtApiException e) {
            fail(e.status() == 0 ? "io" : "http", e.getMessage());
        } catch (IOException e) {
            fail("sink", e.getMessage());
        } catch (RuntimeException e) {
            // Secrets Manager, mapping or anything else: keep polling, the next poll may succeed.
            log.warn("TT poll failed", e);
            metrics.poll("failed");
            metrics.failure("other");
        }
    }

    private void fail(String reason, String message) {
        metrics.poll("failed");
        metrics.failure(reason);
        log.warn("TT poll failed ({}): {}; next poll in {}", reason, message, interval);
    }

    private void reportCap() {
        LocalDate today = budget.today();
        if (!today.equals(cappedDay)) {
            cappedDay = today;
            metrics.failure("cap");
            log.error(
                    "TT DAILY REQUEST CAP REACHED: {} requests used on {} (cap {}). No working-order snapshots "
                            + "until 00:00 UTC; the dashboard's TT orders will go stale. Raise frgm.tt.daily-request-cap "
                            + "only if the TT plan allows it.",
                    budget.used(),
                    today,
                    budget.cap());
        }
    }

    private byte[] toJson(List<SnapshotOrder> orders) throws JsonProcessingException {
        return json.writeValueAsBytes(orders);
    }
}
