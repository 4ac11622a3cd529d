package com.frgm.dashboard.ui.live;

import com.frgm.dashboard.ui.UiProperties;
import com.frgm.dashboard.ui.query.Queries;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Live views composed from several read models (instruments, positions, risk, limits): each is
 * re-read every {@code frgm.ui.live-refresh} and sent when it differs from the last one sent. The
 * streams of one node asking the same query share one read per refresh. Conflated: a client that
 * reads slowly gets the latest view when it is ready for one, never a queue of old ones. Reads are
 * sequential and Redis's guarded writes never go back, so a later read is never older.
 */
@Component
@EnableConfigurationProperties(UiProperties.class)
public class LiveViews {

    /** Often enough for proxies that close idle connections after 30 to 60 seconds. */
    static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private static final int MAX_SHARED = 200;

    private final Queries queries;
    private final Duration refresh;
    private final Map<Object, Flux<?>> shared = new ConcurrentHashMap<>();

    public LiveViews(Queries queries, UiProperties properties) {
        this.queries = queries;
        this.refresh = properties.liveRefresh();
    }

    /** The current view as {@code eventName}, then each changed one, with a heartbeat comment while idle. */
    public <V> Flux<ServerSentEvent<V>> stream(Object query, Class<V> type, String eventName) {
        Flux<ServerSentEvent<V>> views = views(query, type)
                .onBackpressureLatest()
                .map(view -> ServerSentEvent.builder(view).event(eventName).build());
        Flux<ServerSentEvent<V>> heartbeats = Flux.interval(HEARTBEAT)
                .map(tick -> ServerSentEvent.<V>builder().comment("heartbeat").build());
        return Flux.merge(1, views, heartbeats);
    }

    @SuppressWarnings("unchecked")
    private <V> Flux<V> views(Object query, Class<V> type) {
        if (shared.size() >= MAX_SHARED && !shared.containsKey(query)) {
            return reads(query, type);
        }
        return (Flux<V>)
                shared.computeIfAbsent(query, q -> reads(q, type).replay(1).refCount());
    }

    private <V> Flux<V> reads(Object query, Class<V> type) {
        return Flux.interval(Duration.ZERO, refresh)
                .onBackpressureDrop()
                // A failed read (Redis away for a moment) skips one refresh rather than ending every stream.
                .concatMap(tick -> queries.query(query, type).onErrorResume(e -> Mono.empty()), 1)
                .distinctUntilChanged();
    }
}
