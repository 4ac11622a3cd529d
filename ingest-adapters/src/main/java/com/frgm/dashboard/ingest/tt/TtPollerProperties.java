package com.frgm.dashboard.ingest.tt;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The TT REST poller ({@code frgm.tt.*}). It is off unless {@code baseUrl} is set.
 *
 * @param baseUrl           TT REST host, e.g. {@code https://ttrestapi.trade.tt} (FRGM_TT_BASE_URL)
 * @param env               TT environment path segment: {@code ext_prod_live} or {@code ext_uat_cert}
 * @param pollInterval      time between the end of one poll and the start of the next
 * @param requestsPerSecond the application key's plan rate (low 5, medium 10, high 25)
 * @param burst             token-bucket size; 1 spaces requests evenly so no sliding second exceeds the rate
 * @param dailyRequestCap   requests per UTC day after which polling stops until the next day
 * @param apiKey            application key (FRGM_TT_API_KEY); or use {@code secretName}
 * @param apiSecret         application secret (FRGM_TT_API_SECRET)
 * @param secretName        Secrets Manager secret holding {"api_key", "api_secret"} (FRGM_TT_SECRET_NAME)
 * @param requestIdPrefix   {@code <app_name>-<company_name>} part of TT's requestId query parameter
 * @param requestTimeout    per HTTP request
 * @param maxAttempts       attempts per request for 429, 5xx and I/O errors before the poll fails
 * @param initialBackoff    first backoff when no Retry-After is given; doubles per attempt
 * @param maxBackoff        backoff ceiling
 * @param tokenRefreshMargin a token is renewed this long before TT says it expires
 */
@ConfigurationProperties("frgm.tt")
public record TtPollerProperties(
        URI baseUrl,
        String env,
        Duration pollInterval,
        Double requestsPerSecond,
        Integer burst,
        Long dailyRequestCap,
        String apiKey,
        String apiSecret,
        String secretName,
        String requestIdPrefix,
        Duration requestTimeout,
        Integer maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration tokenRefreshMargin) {

    public TtPollerProperties {
        env = blank(env) ? "ext_prod_live" : env;
        pollInterval = pollInterval == null ? Duration.ofSeconds(30) : pollInterval;
        requestsPerSecond = requestsPerSecond == null ? 5.0 : requestsPerSecond;
        burst = burst == null ? 1 : burst;
        // TT's low plan allows 15,000 requests a day.
        dailyRequestCap = dailyRequestCap == null ? 15_000L : dailyRequestCap;
        requestIdPrefix = blank(requestIdPrefix) ? "frgmdash-frgm" : requestIdPrefix;
        requestTimeout = requestTimeout == null ? Duration.ofSeconds(10) : requestTimeout;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        initialBackoff = initialBackoff == null ? Duration.ofMillis(500) : initialBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(30) : maxBackoff;
        tokenRefreshMargin = tokenRefreshMargin == null ? Duration.ofSeconds(60) : tokenRefreshMargin;
        if (requestsPerSecond <= 0 || burst < 1 || dailyRequestCap < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException(
                    "frgm.tt: requests-per-second, burst, daily-request-cap and " + "max-attempts must be positive");
        }
        if (pollInterval.compareTo(Duration.ofSeconds(1)) < 0) {
            // Snapshot keys have one-second resolution; faster polls would overwrite each other.
            throw new IllegalArgumentException("frgm.tt.poll-interval must be at least 1s");
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Never prints the key or the secret. */
    @Override
    public String toString() {
        return "TtPollerProperties[baseUrl=" + baseUrl + ", env=" + env + ", pollInterval=" + pollInterval
                + ", requestsPerSecond=" + requestsPerSecond + ", dailyRequestCap=" + dailyRequestCap
                + ", credentials=" + (blank(apiKey) ? "secret " + secretName : "environment") + "]";
    }
}
