package com.frgm.dashboard.ingest.pipeline;

import com.frgm.dashboard.ingest.file.FileProblem;
import java.util.List;

/** Either the one command that applies a whole file, or every problem that stops it. */
public record PreparedFile(Object command, List<FileProblem> problems) {

    public PreparedFile {
        problems = List.copyOf(problems);
        if ((command == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a prepared file has a command or problems, not both");
        }
    }

    public static PreparedFile accepted(Object command) {
        return new PreparedFile(command, List.of());
    }

    public static PreparedFile rejected(List<FileProblem> problems) {
        return new PreparedFile(null, problems);
    }

    public boolean isAccepted() {
        return command != null;
    }
}
