package com.frgm.dashboard.app.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param users      users from configuration ({@code FRGM_USERS=name:password:role,...}); with
 *                   none and no OpenID Connect registration, local mode makes one operator
 *                   {@code admin} ({@link GeneratedAdmin})
 * @param rolesClaim the ID token or user-info claim whose values ({@code viewer},
 *                   {@code operator}) are an OpenID Connect user's roles
 * @param limits     per-user caps on long-running requests
 */
@ConfigurationProperties("frgm.security")
public record SecurityProperties(List<ConfiguredUser> users, String rolesClaim, Limits limits) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
        limits = limits == null ? new Limits(null, null, null) : limits;
    }

    /**
     * @param streams    server-sent event streams one user may hold open at once (a page holds
     *                   three or four)
     * @param replays    point-in-time replays one user may run at once
     * @param retryAfter what a refused request's {@code Retry-After} says
     */
    public record Limits(Integer streams, Integer replays, Duration retryAfter) {

        public Limits {
            streams = streams == null ? 16 : streams;
            replays = replays == null ? 2 : replays;
            retryAfter = retryAfter == null ? Duration.ofSeconds(5) : retryAfter;
        }
    }
}
