package com.frgm.dashboard.query.rebuild;

import com.frgm.dashboard.api.projections.ProjectionRefusal;
import com.frgm.dashboard.api.projections.ProjectionView;
import com.frgm.dashboard.eventstore.replay.ReplaySource;
import com.frgm.dashboard.query.replay.ReplayEngine;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The projection registry and its rebuilds (ADR 0024): every Redis read model (blue/green) and
 * every history projection (token reset) this node runs, its state and progress, and the one
 * rebuild of each at a time, on this node's bounded rebuild threads.
 */
public final class ProjectionRebuilds implements AutoCloseable {

    public static final List<String> HISTORY = List.of("history-market", "history-positions", "history-orders");

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    private final Map<String, RebuildTarget> targets = new LinkedHashMap<>();
    private final LiveProcessors processors;
    private final ReplayEngine engine;
    private final ReplaySource source;
    private final RebuildLock lock;
    private final long switchLag;
    private final Clock clock;
    private final Map<String, Rebuild> latest = new ConcurrentHashMap<>();
    private final ExecutorService threads;

    ProjectionRebuilds(
            List<RebuildTarget> targets,
            LiveProcessors processors,
            ReplayEngine engine,
            ReplaySource source,
            RebuildLock lock,
            RebuildProperties properties,
            Clock clock) {
        targets.forEach(target -> this.targets.put(target.name(), target));
        this.processors = processors;
        this.engine = engine;
        this.source = source;
        this.lock = lock;
        this.switchLag = properties.switchLag();
        this.clock = clock;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(properties.threads(), task -> {
            Thread thread = new Thread(task, "projection-rebuild-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Deletes what rebuilds interrupted by a stop left behind (none of it ever served) of the read
     * models in {@code pending} whose lock has lapsed, and removes them from it; one whose lock is
     * still held (a rebuild on another node, or the lapsing lock of this node's previous life)
     * stays pending.
     */
    void discardAbandoned(Set<String> pending) {
        for (RebuildTarget target : targets.values()) {
            if (pending.contains(target.name()) && !lock.held(target.name())) {
                target.discardAbandoned();
                pending.remove(target.name());
            }
        }
    }

    /** The Redis read models' names. */
    Set<String> redisNames() {
        return new LinkedHashSet<>(targets.keySet());
    }

    public List<ProjectionView> views() {
        List<ProjectionView> views = new ArrayList<>();
        long head = source.head();
        for (String name : names()) {
            views.add(view(name, head));
        }
        return views;
    }

    public ProjectionView view(String name) {
        requireKnown(name);
        return view(name, source.head());
    }

    /** Starts a rebuild of {@code name}; refused when one is running here or on another node. */
    public synchronized ProjectionView start(String name) {
        requireKnown(name);
        Rebuild running = latest.get(name);
        if (running != null && running.running() || !lock.acquire(name)) {
            throw new RefusedException(
                    ProjectionRefusal.Reason.CONFLICT, name, "a rebuild of " + name + " is already running");
        }
        RebuildTarget target = targets.get(name);
        if (target != null) {
            Rebuild rebuild = new Rebuild(name, target.liveVersion() + 1, clock);
            latest.put(name, rebuild);
            threads.execute(new RedisRebuildRun(
                    List.of(new RedisRebuildRun.Part(target, rebuild)), engine, source, lock, switchLag));
        } else {
            Rebuild rebuild = new Rebuild(name, 1, clock);
            latest.put(name, rebuild);
            threads.execute(new HistoryRebuildRun(rebuild, processors, source, lock));
        }
        return view(name);
    }

    /** Cancels the running rebuild of {@code name}; the live version stays as it is. */
    public synchronized ProjectionView cancel(String name) {
        requireKnown(name);
        Rebuild running = latest.get(name);
        if (running == null || !running.running()) {
            throw new RefusedException(
                    ProjectionRefusal.Reason.CONFLICT, name, "no rebuild of " + name + " is running on this node");
        }
        if (!targets.containsKey(name)) {
            throw new RefusedException(
                    ProjectionRefusal.Reason.CONFLICT,
                    name,
                    "a history rebuild rewrites its items in place and cannot be cancelled");
        }
        running.requestCancel("cancelled by request");
        return view(name);
    }

    /**
     * The Redis read models were lost: every running Redis rebuild is abandoned (its keys went too)
     * and all of them are rebuilt in one pass over the store.
     */
    public synchronized void redisLost() {
        List<RedisRebuildRun.Part> parts = new ArrayList<>();
        for (RebuildTarget target : targets.values()) {
            Rebuild running = latest.get(target.name());
            boolean ours = running != null && running.running();
            if (ours) {
                running.requestCancel("Redis lost its read models; a new rebuild started");
            }
            // The flush took the locks too; another node that saw it first holds them now.
            if (!lock.acquire(target.name()) && !ours) {
                continue;
            }
            int version = Math.max(target.liveVersion(), ours ? running.version : 0) + 1;
            Rebuild rebuild = new Rebuild(target.name(), version, clock);
            latest.put(target.name(), rebuild);
            parts.add(new RedisRebuildRun.Part(target, rebuild));
        }
        if (!parts.isEmpty()) {
            threads.execute(new RedisRebuildRun(parts, engine, source, lock, switchLag));
        }
    }

    /** The Redis read models' live position: the highest token position of their processors. */
    long redisLivePosition() {
        return targets.keySet().stream().mapToLong(processors::position).max().orElse(0);
    }

    private List<String> names() {
        List<String> names = new ArrayList<>(targets.keySet());
        HISTORY.stream().filter(processors::exists).forEach(names::add);
        return names;
    }

    private void requireKnown(String name) {
        if (name == null || !names().contains(name)) {
            throw new RefusedException(
                    ProjectionRefusal.Reason.UNKNOWN,
                    name,
                    "no projection named " + name + "; the projections are " + String.join(", ", names()));
        }
    }

    private ProjectionView view(String name, long head) {
        RebuildTarget target = targets.get(name);
        long livePosition = processors.position(name);
        int liveVersion = target == null ? 1 : target.liveVersion();
        Rebuild rebuild = latest.get(name);
        boolean building = rebuild != null && rebuild.running();
        String state = building
                ? (rebuild.isSwitching() ? "switching" : "building")
                : (rebuild != null && Rebuild.FAILED.equals(rebuild.outcome())) || processors.inError(name)
                        ? "failed"
                        : "live";
        long position = building ? rebuild.position() : livePosition;
        double progress = head <= 0 ? 1 : Math.min(1, (double) position / head);
        return new ProjectionView(
                name,
                target == null ? "history" : "redis",
                state,
                building ? rebuild.version : liveVersion,
                liveVersion,
                position,
                livePosition,
                head,
                progress,
                building ? rebuild.eventsPerSecond() : null,
                building ? rebuild.etaSeconds(head) : null,
                Math.max(0, head - position),
                rebuild == null ? null : rebuild.view());
    }

    /** Stops running rebuilds between two batches, so each deletes its new version while Redis is still there. */
    @Override
    public void close() throws InterruptedException {
        latest.values().forEach(rebuild -> rebuild.requestCancel("the node is stopping"));
        threads.shutdown();
        if (!threads.awaitTermination(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            threads.shutdownNow();
        }
    }

    /** A refusal with its reason, for the handlers to hand on. */
    public static final class RefusedException extends RuntimeException {

        private final ProjectionRefusal refusal;

        RefusedException(ProjectionRefusal.Reason reason, String name, String detail) {
            super(detail);
            this.refusal = new ProjectionRefusal(reason, name, detail);
        }

        public ProjectionRefusal refusal() {
            return refusal;
        }
    }
}
