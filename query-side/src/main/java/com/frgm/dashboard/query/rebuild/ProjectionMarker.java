package com.frgm.dashboard.query.rebuild;

/**
 * A key in the read models' store holding the live position, rewritten every few seconds: when it
 * is missing while the processors' tokens say events were applied, the store has lost the read
 * models (flushed, replaced, restarted empty) and they are rebuilt.
 */
public interface ProjectionMarker {

    boolean present();

    void write(long position);
}
