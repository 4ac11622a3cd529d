package com.frgm.dashboard.ingest.pipeline;

import com.frgm.dashboard.ingest.file.FileProblem;
import java.util.List;

/** What became of a file; the source moves it accordingly. */
public sealed interface IngestOutcome {

    /** Its events are committed. */
    record Accepted(String contentSha256, int events) implements IngestOutcome {}

    /** The same content was ingested before (a redelivery or a re-drop); nothing was added. */
    record Duplicate(String contentSha256, String firstKey) implements IngestOutcome {}

    /** It cannot be ingested; nothing from it was stored. */
    record Rejected(String contentSha256, List<FileProblem> problems) implements IngestOutcome {}

    /** Not a feed this process ingests: left where it is. */
    record Unsupported() implements IngestOutcome {}

    /** Storage failed for a reason unrelated to the file (database down): try again later. */
    record Retry(Exception cause) implements IngestOutcome {}
}
