package com.frgm.dashboard.query.instruments;

import com.frgm.dashboard.api.risk.InstrumentMark;
import java.util.List;
import java.util.Map;

/** The port the instruments projection writes through; Redis in production, a map in unit tests. */
public interface InstrumentStore {

    /** Stores each mark unless a newer event ({@link InstrumentMark#eventSequence()}) already wrote its instrument. */
    void write(List<InstrumentMark> marks);

    /** Every instrument's latest mark, by instrument. */
    Map<String, InstrumentMark> marks();

    /** The newest event applied (0 before any). */
    long sequence();
}
