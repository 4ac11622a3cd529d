package com.frgm.dashboard.eventstore.checkpoint;

import java.util.List;
import java.util.Optional;

/**
 * Where replay checkpoints are kept: beside the archive (an object per checkpoint) and in the
 * event store's database. A checkpoint is derived state: losing one costs replay time, never
 * an answer, and one of another version is ignored.
 */
public interface CheckpointStore {

    /** The checkpoints of {@code version}, by global index, ascending. */
    List<CheckpointMeta> list(int version);

    /** The saved state of {@code meta}, if it is still there. */
    Optional<byte[]> state(CheckpointMeta meta);

    /** Saves a checkpoint; saving the same one again replaces it. */
    void save(CheckpointMeta meta, byte[] state);

    /** The location, for messages. */
    String describe();
}
