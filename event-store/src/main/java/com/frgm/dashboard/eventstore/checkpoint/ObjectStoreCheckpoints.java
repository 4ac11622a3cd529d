package com.frgm.dashboard.eventstore.checkpoint;

import com.frgm.dashboard.eventstore.objects.ObjectStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checkpoints as objects beside an archive, one each, under {@code checkpoints/v<version>/}.
 * The key carries the whole {@link CheckpointMeta}, so that one listing says which checkpoints
 * there are and a put makes one visible whole: no index object to keep in step.
 */
public final class ObjectStoreCheckpoints implements CheckpointStore {

    static final String PREFIX = "checkpoints/";
    private static final String NONE = "-";

    private final ObjectStore store;

    public ObjectStoreCheckpoints(ObjectStore store) {
        this.store = store;
    }

    @Override
    public List<CheckpointMeta> list(int version) {
        List<CheckpointMeta> metas = new ArrayList<>();
        String prefix = dir(version);
        for (String key : store.list(prefix)) {
            parse(version, key.substring(prefix.length())).ifPresent(metas::add);
        }
        metas.sort((a, b) -> Long.compare(a.globalIndex(), b.globalIndex()));
        return metas;
    }

    @Override
    public Optional<byte[]> state(CheckpointMeta meta) {
        return store.get(key(meta));
    }

    @Override
    public void save(CheckpointMeta meta, byte[] state) {
        store.put(key(meta), state);
    }

    @Override
    public String describe() {
        return store.describe() + " " + PREFIX;
    }

    static String key(CheckpointMeta meta) {
        return dir(meta.version())
                + String.format(
                        Locale.ROOT,
                        "%020d_%d_%s_%s_%d_%s.json.gz",
                        meta.globalIndex(),
                        meta.events(),
                        millisUp(meta.maxStoredAt()),
                        millisUp(meta.maxFeedTime()),
                        meta.rangeFrom(),
                        millisDown(meta.rangeMinFeedTime()));
    }

    private static String dir(int version) {
        return PREFIX + "v" + version + "/";
    }

    private static Optional<CheckpointMeta> parse(int version, String name) {
        if (!name.endsWith(".json.gz")) {
            return Optional.empty();
        }
        String[] parts = name.substring(0, name.length() - ".json.gz".length()).split("_");
        if (parts.length != 6) {
            return Optional.empty();
        }
        try {
            return Optional.of(new CheckpointMeta(
                    version,
                    Long.parseLong(parts[0]),
                    Long.parseLong(parts[1]),
                    instant(parts[2]),
                    instant(parts[3]),
                    Long.parseLong(parts[4]),
                    instant(parts[5])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * A latest time rounded up and an earliest one down to the key's milliseconds: a rounded
     * meta may make a replay pass over a checkpoint it could have used, never use one it may not.
     */
    private static String millisUp(Instant instant) {
        if (instant == null) {
            return NONE;
        }
        long millis = instant.toEpochMilli();
        return Long.toString(Instant.ofEpochMilli(millis).equals(instant) ? millis : millis + 1);
    }

    private static String millisDown(Instant instant) {
        return instant == null ? NONE : Long.toString(instant.toEpochMilli());
    }

    private static Instant instant(String text) {
        return text.equals(NONE) ? null : Instant.ofEpochMilli(Long.parseLong(text));
    }
}
