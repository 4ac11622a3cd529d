package com.frgm.dashboard.eventstore.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The file a stored event says it came from, when it says so: file-accepted events carry the
 * content's {@code contentSha256} and the {@code fileKey}. Read from the JSON alone, so the
 * event store needs no knowledge of the feature events.
 */
record FileIdentity(String contentSha256, String fileKey) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] MARKER = "\"contentSha256\"".getBytes(StandardCharsets.UTF_8);

    static FileIdentity of(byte[] payload) {
        if (payload == null || indexOf(payload, MARKER) < 0) {
            return null;
        }
        try {
            JsonNode json = JSON.readTree(payload);
            JsonNode sha = json.get("contentSha256");
            JsonNode key = json.get("fileKey");
            return sha != null && sha.isTextual() && sha.asText().length() == 64 && key != null && key.isTextual()
                    ? new FileIdentity(sha.asText(), key.asText())
                    : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
