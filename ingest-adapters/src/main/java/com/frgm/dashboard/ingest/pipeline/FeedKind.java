package com.frgm.dashboard.ingest.pipeline;

import java.io.IOException;
import java.io.InputStream;

/** One kind of feed file (market data, EOD, ...): recognises its keys and turns one into a command. */
public interface FeedKind {

    /** Short name used in metrics and logs, e.g. {@code market-data}. */
    String name();

    boolean handles(String bucket, String key);

    /** Parses and validates the whole file; never a partial result. */
    PreparedFile prepare(FeedFile file, InputStream content, String contentSha256) throws IOException;
}
