package com.frgm.dashboard.embedded;

import java.nio.file.Path;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Runs in a JVM of its own that the test kills with -9: starts the embedded servers on the data
 * directory given as its argument, prints their URLs and waits, never stopping them.
 */
public final class AbandonedServersMain {

    static final String PREFIX = "ABANDONED ";

    private AbandonedServersMain() {}

    public static void main(String[] args) throws InterruptedException {
        ConfigurableEnvironment environment = EmbeddedTestSupport.environment(Path.of(args[0]));
        EmbeddedTestSupport.postProcess(environment);
        System.out.println(PREFIX + "postgres=" + environment.getProperty("spring.datasource.url"));
        System.out.println(PREFIX + "redis=" + environment.getProperty("spring.data.redis.url"));
        System.out.println(PREFIX + "dynamodb=" + environment.getProperty("frgm.history.dynamodb-endpoint"));
        System.out.println(PREFIX + "ready");
        Thread.sleep(Long.MAX_VALUE);
    }
}
