package com.frgm.dashboard.app.roles;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one place that decides which code runs in which role (ADR 0001). A node runs the
 * {@code ingest} role (sources, parsers, command side, archiver, TT poller), the {@code dashboard}
 * role (projections, queries, the web endpoints) or both ({@code FRGM_ROLES}). Each rule names a
 * package or class prefix; the longest matching prefix wins, and code no rule names runs in both.
 */
public final class Roles {

    public enum Role {
        INGEST,
        DASHBOARD
    }

    static final String PROPERTY = "frgm.roles";
    static final String DEFAULT = "ingest,dashboard";

    private static final Set<Role> BOTH = EnumSet.allOf(Role.class);

    /** Prefix of a class name, and the roles whose nodes run it. */
    record Rule(String prefix, Set<Role> roles) {}

    static final List<Rule> RULES = List.of(
            new Rule("com.frgm.dashboard.command.", EnumSet.of(Role.INGEST)),
            // The risk limits' only sender is the risk monitor of the dashboard nodes (ADR 0015).
            new Rule("com.frgm.dashboard.command.risk.", EnumSet.of(Role.DASHBOARD)),
            new Rule("com.frgm.dashboard.app.command.", EnumSet.of(Role.INGEST)),
            new Rule("com.frgm.dashboard.ingest.", EnumSet.of(Role.INGEST)),
            // Feed health reads the shared ingestion bookkeeping: /api/feeds and the health of every node.
            new Rule("com.frgm.dashboard.ingest.health.FeedHealth", BOTH),
            new Rule("com.frgm.dashboard.eventstore.archive.", EnumSet.of(Role.INGEST)),
            new Rule("com.frgm.dashboard.query.", EnumSet.of(Role.DASHBOARD)),
            new Rule("com.frgm.dashboard.ui.", EnumSet.of(Role.DASHBOARD)),
            new Rule("com.frgm.dashboard.app.audit.", EnumSet.of(Role.DASHBOARD)),
            // Beside the archiver: checkpoints for the database and the archive (ADR 0022).
            new Rule("com.frgm.dashboard.app.checkpoint.", EnumSet.of(Role.INGEST)),
            new Rule("com.frgm.dashboard.app.metrics.DeadLetterMetrics", EnumSet.of(Role.DASHBOARD)));

    private Roles() {}

    /** The roles a {@code frgm.roles} value names; refuses anything else, so a typo cannot start an empty node. */
    public static Set<Role> parse(String value) {
        String text = value == null || value.isBlank() ? DEFAULT : value;
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : text.split(",")) {
            String name = part.trim().toUpperCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(PROPERTY + " names " + part.trim() + "; the roles are "
                        + Arrays.stream(Role.values())
                                .map(r -> r.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(" and ")));
            }
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException(PROPERTY + " names no role");
        }
        return roles;
    }

    /** Whether a node running {@code roles} runs the class {@code className}. */
    public static boolean runs(Set<Role> roles, String className) {
        Rule best = null;
        for (Rule rule : RULES) {
            if (className.startsWith(rule.prefix())
                    && (best == null || rule.prefix().length() > best.prefix().length())) {
                best = rule;
            }
        }
        Set<Role> runIn = best == null ? BOTH : best.roles();
        return runIn.stream().anyMatch(roles::contains);
    }
}
