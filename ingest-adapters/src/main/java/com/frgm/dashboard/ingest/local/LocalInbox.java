package com.frgm.dashboard.ingest.local;

import com.frgm.dashboard.eventstore.objects.AtomicFiles;
import com.frgm.dashboard.ingest.file.FeedLayout;
import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.FileMover;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The docs/feeds.md layout on local disk: {@code {inbox}/{bucket}/{key}}, with {@code processed/}
 * and {@code rejected/} inside each bucket. Lists complete files and moves them when done.
 */
final class LocalInbox implements FileMover {

    private final Path root;

    LocalInbox(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /**
     * Files ready to ingest, oldest key first. A file counts as complete once it has not been
     * modified for {@code settle}; names starting with '.' or ending in .tmp/.part are a
     * writer's temporary files and are never taken. Within a feed kind's folder of a bucket,
     * nothing after a file still settling is ready either: a later file of the same feed taken at
     * once (renamed into place) must not overtake an earlier one that still waits, or the earlier
     * would then be applied after it (ADR 0002).
     */
    List<FeedFile> readyFiles(Instant now, Duration settle) throws IOException {
        return readyFiles(now, settle, file -> false);
    }

    /** As {@link #readyFiles(Instant, Duration)}, taking the files {@code complete} accepts without a settle wait. */
    List<FeedFile> readyFiles(Instant now, Duration settle, Predicate<Path> complete) throws IOException {
        List<Candidate> found = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> buckets = Files.list(root)) {
            for (Path bucket : buckets.filter(Files::isDirectory).sorted().toList()) {
                collect(bucket, now, settle, complete, found);
            }
        }
        found.sort(Comparator.comparing((Candidate c) -> c.file().bucket())
                .thenComparing(c -> c.file().key()));
        List<FeedFile> ready = new ArrayList<>();
        Set<String> waiting = new HashSet<>();
        for (Candidate candidate : found) {
            String folder =
                    candidate.file().bucket() + "/" + topFolder(candidate.file().key());
            if (!candidate.ready()) {
                waiting.add(folder);
            } else if (!waiting.contains(folder)) {
                ready.add(candidate.file());
            }
        }
        return ready;
    }

    private static String topFolder(String key) {
        int slash = key.indexOf('/');
        return slash < 0 ? "" : key.substring(0, slash);
    }

    /** A file of the inbox, and whether it is complete yet. */
    private record Candidate(FeedFile file, boolean ready) {}

    private void collect(Path bucket, Instant now, Duration settle, Predicate<Path> complete, List<Candidate> found)
            throws IOException {
        String bucketName = bucket.getFileName().toString();
        Files.walkFileTree(bucket, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean outbox = dir.getParent().equals(bucket) && isOutboxFolder(dir);
                return outbox ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !isTemporary(file)) {
                    boolean ready = complete.test(file)
                            || attrs.lastModifiedTime().toInstant().plus(settle).isBefore(now);
                    String key = bucket.relativize(file).toString().replace('\\', '/');
                    found.add(new Candidate(
                            new FeedFile(bucketName, key, attrs.size(), () -> Files.newInputStream(file)), ready));
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                // Moved away by another node or an operator between listing and visiting.
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
    }

    /** Whether {@code dir} is a bucket's processed/ or rejected/ directory. */
    static boolean isOutbox(Path root, Path dir) {
        Path parent = dir.getParent();
        return parent != null && root.equals(parent.getParent()) && isOutboxFolder(dir);
    }

    private static boolean isOutboxFolder(Path dir) {
        return FeedLayout.isOutboxFolder(dir.getFileName().toString());
    }

    static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") || name.endsWith(".tmp") || name.endsWith(".part");
    }

    Path pathOf(FeedFile file) {
        return root.resolve(file.bucket()).resolve(file.key());
    }

    /**
     * Moves the file to {@code processed/{key}}. A different earlier version already there is
     * kept: the new one gets its content hash appended, so nothing is ever overwritten unseen.
     */
    @Override
    public void moveToProcessed(FeedFile file, String contentSha256) throws IOException {
        Path target = root.resolve(file.bucket()).resolve(FeedLayout.processedKey(file.key()));
        if (Files.exists(target) && Files.mismatch(target, pathOf(file)) != -1L) {
            target = target.resolveSibling(target.getFileName() + "." + contentSha256.substring(0, 12));
        }
        AtomicFiles.move(pathOf(file), target);
    }

    @Override
    public void moveToRejected(FeedFile file, byte[] reportJson) throws IOException {
        Path bucket = root.resolve(file.bucket());
        AtomicFiles.write(bucket.resolve(FeedLayout.reportKey(file.key())), reportJson);
        AtomicFiles.move(pathOf(file), bucket.resolve(FeedLayout.rejectedKey(file.key())));
    }
}
