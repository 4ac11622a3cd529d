package com.frgm.dashboard.ingest.tt;

/** Today's request budget is spent; nothing more is sent to TT until the next UTC day. */
public class DailyCapReachedException extends TtApiException {

    public DailyCapReachedException(long cap) {
        super("Daily TT request cap of " + cap + " reached", 0);
    }
}
