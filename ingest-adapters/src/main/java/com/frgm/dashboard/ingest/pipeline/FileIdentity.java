package com.frgm.dashboard.ingest.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Identities for feed kinds whose files name their business date or time only in the file name. */
public final class FileIdentity {

    private FileIdentity() {}

    /**
     * SHA-256 over the file name (the last segment of the key, so a {@code processed/} copy or
     * another bucket prefix is still the same file) and the content's SHA-256.
     */
    public static String ofNameAndContent(String key, String contentSha256) {
        String name = key.substring(key.lastIndexOf('/') + 1);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(contentSha256.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
