package com.frgm.dashboard.ingest.pipeline;

import com.frgm.dashboard.ingest.file.FileProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * A feed kind for keys under {@code test/}: its file's text becomes a {@link TestCommand}, unless
 * the test makes the parse refuse the file or fail.
 */
final class FakeFeedKind implements FeedKind {

    record TestCommand(String text) {}

    interface Parse {
        PreparedFile of(String text) throws IOException;
    }

    int prepared;
    private Parse parse = text -> PreparedFile.accepted(
            new TestCommand(text), new PreparedFile.Facts("feed-1", Instant.parse("2024-01-15T10:39:38Z"), 2));

    void parsesAs(Parse behaviour) {
        parse = behaviour;
    }

    void refuses(FileProblem... problems) {
        parse = text -> PreparedFile.rejected(List.of(problems));
    }

    @Override
    public String name() {
        return "test";
    }

    @Override
    public boolean handles(String bucket, String key) {
        return key.startsWith("test/");
    }

    @Override
    public PreparedFile prepare(FeedFile file, InputStream content, String contentSha256) throws IOException {
        prepared++;
        return parse.of(new String(content.readAllBytes(), StandardCharsets.UTF_8));
    }
}
