package com.frgm.dashboard.ingest.file;

import java.util.List;

/**
 * The outcome of parsing one feed file. A file is one atomic unit (docs/feeds.md 2): it is accepted
 * only when it has no problem at all, and a rejected file carries no rows, so nothing from it
 * can reach the event store by mistake.
 */
public record ParsedFile<T>(List<T> rows, List<FileProblem> problems) {

    public ParsedFile {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public static <T> ParsedFile<T> of(List<T> rows) {
        return new ParsedFile<>(rows, List.of());
    }

    public static <T> ParsedFile<T> rejected(List<FileProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rejected file needs at least one problem");
        }
        return new ParsedFile<>(List.of(), problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
