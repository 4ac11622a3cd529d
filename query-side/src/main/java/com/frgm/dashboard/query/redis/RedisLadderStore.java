package com.frgm.dashboard.query.redis;

import com.frgm.dashboard.api.ladder.LadderView;
import com.frgm.dashboard.query.ladder.LadderStore;
import io.lettuce.core.RedisFuture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a batch as one pipeline of guarded writes ({@link GuardedWrites}): every command is
 * sent without waiting for the one before, then all replies are awaited together. A failed
 * reply fails the batch, so the processor retries it and its token does not move past
 * unwritten events. A ladder is published by the same script that stores it, and only when it
 * was newer than the stored one, so a subscriber never receives a ladder older than Redis holds.
 */
public class RedisLadderStore implements LadderStore {

    private final RedisAccess connection;
    private final GuardedWrites guarded;
    private final Keyspace keys;

    public RedisLadderStore(RedisAccess connection) {
        this(connection, Keyspace.live());
    }

    public RedisLadderStore(RedisAccess connection, Keyspace keys) {
        this.connection = connection;
        this.guarded = new GuardedWrites(connection, keys);
        this.keys = keys;
    }

    /** Where it writes; the live store's gate is what a rebuild's switch closes. */
    Keyspace keyspace() {
        return keys;
    }

    @Override
    public void write(List<Write> writes) {
        keys.write(() -> guarded.run(() -> {
            List<RedisFuture<?>> replies = new ArrayList<>(writes.size() * 2);
            for (Write write : writes) {
                if (write instanceof QuoteWrite quote) {
                    String instrument = quote.quote().instrument();
                    long sequence = quote.eventSequence();
                    Map<String, String> fields = MarketHash.fields(quote.quote());
                    List<String> absent = MarketHash.KNOWN_FIELDS.stream()
                            .filter(f -> !fields.containsKey(f))
                            .toList();
                    replies.add(guarded.hash(keys.key(RedisKeys.market(instrument)), sequence, fields, absent));
                    replies.add(guarded.set(
                            keys.key(RedisKeys.ladder(instrument)),
                            sequence,
                            RedisJson.FIELD_NAMES.write(quote.ladder()),
                            keys.channel(RedisKeys.LADDER_CHANNEL)));
                } else if (write instanceof FileWrite file) {
                    replies.add(guarded.set(
                            keys.key(RedisKeys.MARKET_LAST_UPDATE),
                            file.sequence(),
                            Long.toString(file.fileTime().getEpochSecond()),
                            null));
                }
            }
            Replies.await(replies, "ladder writes");
            return null;
        }));
    }

    @Override
    public Optional<LadderView> read(String instrument) {
        String json = connection.sync().get(keys.key(RedisKeys.ladder(instrument)));
        return Optional.ofNullable(json).map(value -> RedisJson.FIELD_NAMES.read(value, LadderView.class));
    }
}
