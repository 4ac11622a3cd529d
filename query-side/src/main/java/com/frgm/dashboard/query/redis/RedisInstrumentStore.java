package com.frgm.dashboard.query.redis;

import com.frgm.dashboard.api.risk.InstrumentMark;
import com.frgm.dashboard.query.instruments.InstrumentStore;
import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisFuture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Instrument marks in Redis, one guarded string per instrument ({@link GuardedWrites}), in one pipeline per batch. */
public class RedisInstrumentStore implements InstrumentStore {

    private final RedisAccess connection;
    private final GuardedWrites guarded;

    public RedisInstrumentStore(RedisAccess connection) {
        this.connection = connection;
        this.guarded = new GuardedWrites(connection);
    }

    @Override
    public void write(List<InstrumentMark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        guarded.run(() -> {
            List<RedisFuture<?>> replies = new ArrayList<>(marks.size() * 2 + 1);
            long newest = 0;
            for (InstrumentMark mark : marks) {
                replies.add(guarded.set(
                        RiskKeys.mark(mark.instrument()),
                        mark.eventSequence(),
                        RedisJson.FIELD_NAMES.write(mark),
                        null));
                replies.add(connection.async().zadd(RiskKeys.INSTRUMENTS, 0, mark.instrument()));
                newest = Math.max(newest, mark.eventSequence());
            }
            replies.add(guarded.set(RiskKeys.INSTRUMENTS_SEQUENCE, newest, Long.toString(newest), null));
            Replies.await(replies, "instrument writes");
            return null;
        });
    }

    @Override
    public Map<String, InstrumentMark> marks() {
        List<String> instruments = connection.sync().zrange(RiskKeys.INSTRUMENTS, 0, -1);
        Map<String, InstrumentMark> marks = new TreeMap<>();
        if (instruments.isEmpty()) {
            return marks;
        }
        String[] keys = instruments.stream().map(RiskKeys::mark).toArray(String[]::new);
        for (KeyValue<String, String> value : connection.sync().mget(keys)) {
            if (value.hasValue()) {
                InstrumentMark mark = RedisJson.FIELD_NAMES.read(value.getValue(), InstrumentMark.class);
                marks.put(mark.instrument(), mark);
            }
        }
        return marks;
    }

    @Override
    public long sequence() {
        String value = connection.sync().get(RiskKeys.INSTRUMENTS_SEQUENCE);
        return value == null ? 0 : Long.parseLong(value);
    }
}
