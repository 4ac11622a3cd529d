package com.frgm.dashboard.ingest.pipeline;

import com.frgm.dashboard.eventstore.files.IngestedFile;
import com.frgm.dashboard.eventstore.files.IngestedFileRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The ingested-file registry in memory. {@link #anotherNodeCommitsFirst} makes the next claim
 * find the file already committed by another node, as a concurrent claim in PostgreSQL does.
 */
final class FakeRegistry extends IngestedFileRegistry {

    final Map<String, IngestedFile> claimed = new LinkedHashMap<>();
    private String otherNodesKey;
    private Supplier<RuntimeException> claimFailure;

    FakeRegistry() {
        super(null);
    }

    void holds(String identity, String firstKey) {
        claimed.put(identity, new IngestedFile(identity, identity, "bucket", firstKey, 1, "test", "feed", null, 1));
    }

    void anotherNodeCommitsFirst(String itsKey) {
        otherNodesKey = itsKey;
    }

    void claimFailsWith(Supplier<RuntimeException> failure) {
        claimFailure = failure;
    }

    @Override
    public boolean claim(IngestedFile file) {
        if (claimFailure != null) {
            throw claimFailure.get();
        }
        if (otherNodesKey != null) {
            holds(file.identity(), otherNodesKey);
            return false;
        }
        return claimed.putIfAbsent(file.identity(), file) == null;
    }

    @Override
    public Optional<String> lookup(String identity) {
        return Optional.ofNullable(claimed.get(identity)).map(IngestedFile::fileKey);
    }
}
