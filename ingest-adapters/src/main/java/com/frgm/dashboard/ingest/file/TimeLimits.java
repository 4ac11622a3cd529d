package com.frgm.dashboard.ingest.file;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * The latest quote or snapshot time and the latest business date a file may carry, fixed when its
 * ingest starts (docs/adr/0013). A later value is no time a feed can mean yet, and accepting it
 * would freeze what it touches: the aggregates ignore whatever is older than the latest they hold.
 *
 * @param latestTime the latest plausible time
 * @param latestDate the latest plausible business date
 * @param timeRule   why, for reports: e.g. {@code more than PT5M after the file arrived (...)}
 * @param dateRule   why, for reports
 */
public record TimeLimits(Instant latestTime, LocalDate latestDate, String timeRule, String dateRule) {

    /** For callers that judge times elsewhere, such as parser tests. */
    public static final TimeLimits NONE = new TimeLimits(Instant.MAX, LocalDate.MAX, "unlimited", "unlimited");

    /** @param now the moment of ingest, at or after the file's arrival */
    public static TimeLimits of(Instant now, ZoneId zone, Duration timeAhead, Period dateAhead) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return new TimeLimits(
                now.plus(timeAhead),
                today.plus(dateAhead),
                "more than " + timeAhead + " after the file arrived (ingested at " + now + ")",
                "more than " + dateAhead + " after today (" + today + " in " + zone + ")");
    }

    /**
     * @param what the value's name in the report, e.g. {@code quote time}
     * @throws BadValue when the time lies beyond {@link #latestTime()}
     */
    public Instant checkTime(String what, Instant time) throws BadValue {
        if (time.isAfter(latestTime)) {
            throw new BadValue(
                    what + " " + time + " lies in the future, " + timeRule + ": it would hide every later update");
        }
        return time;
    }

    /** @throws BadValue when the date lies beyond {@link #latestDate()} */
    public LocalDate checkBusinessDate(LocalDate date) throws BadValue {
        if (date.isAfter(latestDate)) {
            throw new BadValue("business date " + date + " lies in the future, " + dateRule
                    + ": it would become the latest book and hide the current one");
        }
        return date;
    }
}
