package com.frgm.dashboard.api.projections;

/**
 * One projection. While it rebuilds, {@code version}, {@code position}, {@code progress} and the
 * rates are the new version's; otherwise the live one's.
 *
 * @param state           {@code live} (the live version serves), {@code building} (a new version is being
 *                        built beside it), {@code switching} (it has caught up and takes over) or
 *                        {@code failed} (the last rebuild failed, the live version still serving, or the
 *                        live processor is stuck at an event)
 * @param kind            {@code redis} (blue/green) or {@code history} (token reset, rewritten in place)
 * @param liveVersion     the version serving now
 * @param position        the last global index the version described has applied
 * @param livePosition    the live processor's token position (highest over its segments)
 * @param head            the store's highest global index
 * @param progress        0..1 of the head
 * @param eventsPerSecond while rebuilding, events applied per second so far; else null
 * @param etaSeconds      while rebuilding, the estimated seconds to catch up; else null
 * @param lag             head minus position
 * @param rebuild         the current or last rebuild on this node, or null
 */
public record ProjectionView(
        String name,
        String kind,
        String state,
        int version,
        int liveVersion,
        long position,
        long livePosition,
        long head,
        double progress,
        Double eventsPerSecond,
        Long etaSeconds,
        long lag,
        RebuildView rebuild) {}
