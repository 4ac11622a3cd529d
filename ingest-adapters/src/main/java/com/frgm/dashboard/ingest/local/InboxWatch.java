package com.frgm.dashboard.ingest.local;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's {@link WatchService} over the inbox tree: it wakes the source the moment something
 * changes instead of after a poll interval, and it recognises a file that was renamed into place
 * from a temporary name (docs/feeds.md: a name starting with '.' or ending .tmp/.part) as
 * complete at once, without a settle wait. The rename is seen as the temporary name's removal
 * followed directly by the final name's creation in the same directory (on Linux the two halves
 * of one {@code rename}); a file created any other way still waits for the settle time, and a
 * file written to after its rename loses the mark. New directories (a new day's) are watched as
 * they appear. Only the source's thread uses it.
 */
final class InboxWatch implements Closeable {

    /** More remembered renames than this means they are not being consumed; forget the oldest half. */
    private static final int MAX_RENAMED = 10_000;

    private final Path root;
    private final WatchService watcher;
    private final Map<WatchKey, Path> directories = new HashMap<>();
    private final Map<Path, Path> temporaryJustRemoved = new HashMap<>();
    private final Set<Path> renamedIntoPlace = new HashSet<>();

    private InboxWatch(Path root, WatchService watcher) {
        this.root = root;
        this.watcher = watcher;
    }

    static InboxWatch open(Path root) throws IOException {
        InboxWatch watch = new InboxWatch(root, FileSystems.getDefault().newWatchService());
        watch.registerTree(root);
        return watch;
    }

    /** Whether {@code file} was renamed into place from a temporary name and not written to since. */
    boolean renamedIntoPlace(Path file) {
        return renamedIntoPlace.contains(file);
    }

    /**
     * Waits up to {@code timeout} for a change in the inbox and takes in every change so far.
     * Returns at once when changes are waiting; false when nothing changed in time.
     */
    boolean await(Duration timeout) throws IOException, InterruptedException {
        if (directories.isEmpty()) {
            registerTree(root); // the inbox did not exist yet
        }
        WatchKey key;
        try {
            key = watcher.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ClosedWatchServiceException e) {
            return false;
        }
        if (key == null) {
            return false;
        }
        while (key != null) {
            take(key);
            key = watcher.poll();
        }
        return true;
    }

    private void take(WatchKey key) throws IOException {
        Path directory = directories.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (directory == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                continue; // the source's next full scan sees whatever was missed
            }
            Path child = directory.resolve((Path) event.context());
            if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
                renamedIntoPlace.remove(child);
                if (LocalInbox.isTemporary(child)) {
                    temporaryJustRemoved.put(directory, child);
                } else {
                    temporaryJustRemoved.remove(directory);
                }
            } else if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                boolean renamed = temporaryJustRemoved.remove(directory) != null;
                if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                    registerTree(child);
                } else if (renamed && !LocalInbox.isTemporary(child)) {
                    remember(child);
                }
            } else {
                temporaryJustRemoved.remove(directory);
                renamedIntoPlace.remove(child);
            }
        }
        if (!key.reset()) {
            directories.remove(key);
            if (directory != null) {
                temporaryJustRemoved.remove(directory);
            }
        }
    }

    private void remember(Path file) {
        if (renamedIntoPlace.size() >= MAX_RENAMED) {
            renamedIntoPlace.clear(); // they only save a settle wait
        }
        renamedIntoPlace.add(file);
    }

    private void registerTree(Path start) throws IOException {
        if (!Files.isDirectory(start)) {
            return;
        }
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (LocalInbox.isOutbox(root, dir)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                WatchKey key = dir.register(
                        watcher,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
                directories.put(key, dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // moved away meanwhile
            }
        });
    }

    @Override
    public void close() throws IOException {
        watcher.close();
    }
}
