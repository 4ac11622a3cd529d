package com.frgm.dashboard.ingest.pipeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.frgm.dashboard.ingest.file.FileProblem;
import java.time.Instant;
import java.util.List;

/**
 * The {@code .error.json} written beside a rejected file: every problem found, with line,
 * column, value and reason, so the feed team can fix the file without reading our logs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RejectionReport(
        String bucket,
        String key,
        String contentSha256,
        Instant rejectedAt,
        int problemCount,
        List<FileProblem> problems) {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public static RejectionReport of(FeedFile file, IngestOutcome.Rejected rejected, Instant at) {
        return new RejectionReport(
                file.bucket(),
                file.key(),
                rejected.contentSha256(),
                at,
                rejected.problems().size(),
                rejected.problems());
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a report of plain values always serialises", e);
        }
    }
}
