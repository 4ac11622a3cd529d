package com.frgm.dashboard.api.audit;

import java.time.Instant;

/**
 * The ladder, working orders and positions as they stood at {@code at}, rebuilt by replaying
 * events; {@code instrument} null means every instrument. Answered with a {@link StateAtView}.
 */
public record FetchStateAtQuery(Instant at, String instrument) {
}
