package com.frgm.dashboard.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Marks a server directory as owned by this JVM, in a {@code <dir>.lock} file beside it (the
 * directory itself must stay empty until initdb has run). The operating system drops the lock
 * when the JVM dies, even by kill -9, and the server processes do not inherit it. So a server
 * found running in a directory whose lock we could take was left behind by a dead JVM and may
 * be stopped, while a second copy of the application fails fast instead of killing the first
 * one's database.
 */
final class DirectoryLock {

    private final FileChannel channel;

    private DirectoryLock(FileChannel channel) {
        this.channel = channel;
    }

    static DirectoryLock acquire(Path dir) throws IOException {
        Path file = dir.resolveSibling(dir.getFileName() + ".lock");
        Files.createDirectories(file.getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Another class loader in this JVM (a devtools restart, say) still holds it.
            channel.close();
            throw new IllegalStateException(dir + " is already in use by this JVM", e);
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException(dir + " is in use by another running process (pid "
                    + StaleProcess.readPid(file).stream()
                            .mapToObj(Long::toString)
                            .findFirst()
                            .orElse("unknown")
                    + " holds " + file + "). Stop it, or give this application its own frgm.data-dir.");
        }
        // Only for the message above: the lock, not this pid, is what counts.
        channel.truncate(0);
        channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
        return new DirectoryLock(channel);
    }

    void release() {
        try {
            channel.close();
        } catch (IOException e) {
            // The lock goes with the channel either way, and with the JVM at the latest.
        }
    }
}
