package com.frgm.dashboard.query.redis;

import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.query.ladder.LadderStore;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a batch as one pipeline: every command is sent without waiting for the one before,
 * then all replies are awaited together. A failed reply fails the batch, so the processor
 * retries it and its token does not move past unwritten events.
 */
public class RedisLadderStore implements LadderStore {

    private final StatefulRedisConnection<String, String> connection;

    public RedisLadderStore(StatefulRedisConnection<String, String> connection) {
        this.connection = connection;
    }

    @Override
    public void write(List<Write> writes) {
        RedisAsyncCommands<String, String> redis = connection.async();
        List<RedisFuture<?>> replies = new ArrayList<>(writes.size() * 4);
        List<String> published = new ArrayList<>();
        for (Write write : writes) {
            if (write instanceof QuoteWrite quote) {
                String instrument = quote.quote().instrument();
                Map<String, String> fields = MarketHash.fields(quote.quote());
                String[] absent = MarketHash.KNOWN_FIELDS.stream().filter(f -> !fields.containsKey(f))
                        .toArray(String[]::new);
                replies.add(redis.hset(RedisKeys.market(instrument), fields));
                if (absent.length > 0) {
                    replies.add(redis.hdel(RedisKeys.market(instrument), absent));
                }
                String json = LadderJson.write(quote.ladder());
                replies.add(redis.set(RedisKeys.ladder(instrument), json));
                published.add(json);
            } else if (write instanceof FileWrite file) {
                replies.add(redis.set(RedisKeys.MARKET_LAST_UPDATE, Long.toString(file.fileTime().getEpochSecond())));
            }
        }
        // Announce only after the state is stored, so a subscriber that reads back sees it.
        Replies.await(replies, "ladder writes");
        List<RedisFuture<?>> announcements = new ArrayList<>(published.size());
        published.forEach(json -> announcements.add(redis.publish(RedisKeys.LADDER_CHANNEL, json)));
        Replies.await(announcements, "ladder announcements");
    }

    @Override
    public Optional<LadderView> read(String instrument) {
        String json = connection.sync().get(RedisKeys.ladder(instrument));
        return Optional.ofNullable(json).map(LadderJson::read);
    }
}
