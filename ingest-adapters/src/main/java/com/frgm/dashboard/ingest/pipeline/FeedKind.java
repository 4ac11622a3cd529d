package com.frgm.dashboard.ingest.pipeline;

import java.io.IOException;
import java.io.InputStream;

/** One kind of feed file (market data, EOD, ...): recognises its keys and turns one into a command. */
public interface FeedKind {

    /** Short name used in metrics and logs, e.g. {@code market-data}. */
    String name();

    boolean handles(String bucket, String key);

    /**
     * The feed a file of this kind belongs to, for health and rejection counts, as far as it can
     * be told from the key alone (a rejected file may have a broken name).
     */
    default String feedOf(String key) {
        return name();
    }

    /**
     * What makes two deliveries the same file, so the second adds nothing. By default the
     * content's SHA-256: the same bytes are the same file whatever the key. A kind whose files
     * carry their business date or time only in the file name overrides this with
     * {@link FileIdentity#ofNameAndContent}, or an unchanged file for a new date would be lost.
     */
    default String identity(String key, String contentSha256) {
        return contentSha256;
    }

    /** Parses and validates the whole file; never a partial result. */
    PreparedFile prepare(FeedFile file, InputStream content, String contentSha256) throws IOException;
}
