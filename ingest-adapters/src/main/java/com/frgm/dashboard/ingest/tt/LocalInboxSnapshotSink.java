package com.frgm.dashboard.ingest.tt;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes into {@code {inbox}/{ttBucket}/{key}}: first to a '.'-prefixed .tmp name beside the target,
 * which the inbox never takes, then an atomic rename, so the inbox only ever sees whole files.
 */
public final class LocalInboxSnapshotSink implements SnapshotSink {

    private final Path bucketDir;

    public LocalInboxSnapshotSink(Path bucketDir) {
        this.bucketDir = bucketDir;
    }

    @Override
    public void write(String key, byte[] content) throws IOException {
        Path target = bucketDir.resolve(key).normalize();
        if (!target.startsWith(bucketDir.normalize())) {
            throw new IOException("Key " + key + " leaves the bucket directory");
        }
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.write(tmp, content);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public String describe() {
        return bucketDir.toString();
    }
}
