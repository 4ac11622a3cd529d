package com.frgm.dashboard.ingest.s3;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The objects named by one S3 event notification (the standard {@code Records[]} JSON S3 sends
 * to SQS). Only ObjectCreated events count; the {@code s3:TestEvent} S3 sends when
 * notifications are configured names nothing.
 */
record S3EventNotification(List<ObjectRef> created) {

    private static final ObjectMapper JSON = new ObjectMapper();

    record ObjectRef(String bucket, String key) {}

    /** @throws IllegalArgumentException when the body is not an S3 event notification at all */
    static S3EventNotification parse(String body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if ("s3:TestEvent".equals(root.path("Event").asText())) {
            return new S3EventNotification(List.of());
        }
        JsonNode records = root.get("Records");
        if (records == null || !records.isArray()) {
            throw new IllegalArgumentException("no Records array");
        }
        List<ObjectRef> created = new ArrayList<>();
        for (JsonNode record : records) {
            if (!record.path("eventName").asText().startsWith("ObjectCreated")) {
                continue;
            }
            String bucket = record.path("s3").path("bucket").path("name").asText("");
            String key = record.path("s3").path("object").path("key").asText("");
            if (bucket.isEmpty() || key.isEmpty()) {
                throw new IllegalArgumentException("a record without bucket name or object key");
            }
            // S3 form-encodes the key in notifications ("a b" arrives as "a+b").
            created.add(new ObjectRef(bucket, URLDecoder.decode(key, StandardCharsets.UTF_8)));
        }
        return new S3EventNotification(List.copyOf(created));
    }
}
