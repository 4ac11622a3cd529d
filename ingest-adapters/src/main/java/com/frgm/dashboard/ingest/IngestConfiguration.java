package com.frgm.dashboard.ingest;

import com.frgm.dashboard.ingest.demo.DemoProperties;
import com.frgm.dashboard.ingest.s3.DrainProperties;
import com.frgm.dashboard.ingest.s3.S3SourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
    IngestProperties.class,
    PlausibilityProperties.class,
    S3SourceProperties.class,
    DrainProperties.class,
    DemoProperties.class
})
class IngestConfiguration {}
