package com.frgm.dashboard.query.redis;

import com.frgm.dashboard.query.rebuild.RebuildTarget;
import java.util.List;
import java.util.function.Function;

/**
 * One Redis read model as a {@link RebuildTarget}: versions being rebuilt live under
 * {@code rebuild:<name>:v<n>:{<live key>}}, the live one under the contract's names ({@code livePatterns});
 * {@code projection:version:<name>} holds the live version's number.
 */
final class RedisRebuildTarget implements RebuildTarget {

    private final String name;
    private final RedisAccess connection;
    private final Keyspace live;
    private final List<String> livePatterns;
    private final Function<Keyspace, Object> projections;
    private final String publishPrefix;
    private final String channel;
    private final KeySwitch keySwitch;

    /**
     * @param live          the live stores' keyspace, whose gate the switch closes
     * @param projections   the projection writing into a keyspace
     * @param publishPrefix moved keys starting with it are published on {@code channel} (null: none)
     */
    RedisRebuildTarget(
            String name,
            RedisAccess connection,
            Keyspace live,
            List<String> livePatterns,
            Function<Keyspace, Object> projections,
            String publishPrefix,
            String channel) {
        this.name = name;
        this.connection = connection;
        this.live = live;
        this.livePatterns = List.copyOf(livePatterns);
        this.projections = projections;
        this.publishPrefix = publishPrefix;
        this.channel = channel;
        this.keySwitch = new KeySwitch(connection);
    }

    static String versionKey(String name) {
        return "projection:version:" + name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int liveVersion() {
        String value = connection.sync().get(versionKey(name));
        return value == null ? 1 : Integer.parseInt(value);
    }

    @Override
    public Object projection(int version) {
        return projections.apply(Keyspace.rebuild(name, version));
    }

    @Override
    public long switchTo(int version, Runnable lastEvents) {
        long[] moved = new long[1];
        live.exclusively(() -> {
            lastEvents.run();
            moved[0] = keySwitch.move(
                    Keyspace.rebuild(name, version),
                    Keyspace.prefix(name, version),
                    livePatterns,
                    publishPrefix,
                    channel);
            connection.sync().set(versionKey(name), Integer.toString(version));
        });
        return moved[0];
    }

    @Override
    public void discard(int version) {
        keySwitch.deleteAll(Keyspace.prefix(name, version) + "*");
    }

    @Override
    public void discardAbandoned() {
        keySwitch.deleteAll(Keyspace.allVersions(name) + "*");
    }
}
