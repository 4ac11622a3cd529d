package com.frgm.dashboard.ingest.pipeline;

import com.frgm.dashboard.ingest.file.FileProblem;
import java.time.Instant;
import java.util.List;

/**
 * Either the one command that applies a whole file, with the facts feed health records about
 * it, or every problem that stops it.
 */
public record PreparedFile(Object command, Facts facts, List<FileProblem> problems) {

    public PreparedFile {
        problems = List.copyOf(problems);
        if ((command == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a prepared file has a command or problems, not both");
        }
    }

    public static PreparedFile accepted(Object command, Facts facts) {
        return new PreparedFile(command, facts, List.of());
    }

    public static PreparedFile rejected(List<FileProblem> problems) {
        return new PreparedFile(null, null, problems);
    }

    /**
     * @param feedId   the feed within its kind ({@code GE_XCME.ZN}; for one-feed kinds the kind's name)
     * @param fileTime the file's business time (name time, snapshot time, business date's start)
     * @param rows     data rows or orders in the file
     */
    public record Facts(String feedId, Instant fileTime, int rows) {}

    public boolean isAccepted() {
        return command != null;
    }
}
