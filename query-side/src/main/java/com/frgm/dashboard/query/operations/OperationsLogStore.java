package com.frgm.dashboard.query.operations;

import com.frgm.dashboard.api.operations.OperatorAction;
import java.util.List;

/** The port the operations log writes through; Redis in production, a list in unit tests. */
public interface OperationsLogStore {

    /** How many actions the log keeps; older ones stay in the event store and its archive. */
    int KEPT = 1000;

    /** Adds the actions; adding one that is already there changes nothing (events may come twice). */
    void add(List<OperatorAction> actions);

    /** The newest {@code limit} actions, newest first. */
    List<OperatorAction> newest(int limit);
}
