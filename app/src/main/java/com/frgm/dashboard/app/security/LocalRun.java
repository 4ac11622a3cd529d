package com.frgm.dashboard.app.security;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dataDir where a local run keeps its data, and its generated admin password
 * @param local   local mode (embedded servers, set by them): the only mode that makes an admin
 */
@ConfigurationProperties("frgm")
record LocalRun(Path dataDir, boolean local) {

    LocalRun {
        dataDir = dataDir == null ? Path.of("./data") : dataDir;
    }
}
