package com.frgm.dashboard.ingest.positions;

import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.api.positions.PositionBookIds;
import com.frgm.dashboard.api.positions.StartOfDayPosition;
import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.Plausibility;
import com.frgm.dashboard.ingest.file.BadValue;
import com.frgm.dashboard.ingest.file.FileProblem;
import com.frgm.dashboard.ingest.file.ParsedFile;
import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.FeedKind;
import com.frgm.dashboard.ingest.pipeline.FileIdentity;
import com.frgm.dashboard.ingest.pipeline.PreparedFile;
import java.io.InputStream;
import java.util.List;

/**
 * Actant position files ({@code frgm-actant-{env}/sod/...} and {@code .../eod/...}): one command
 * per business date's file. A start-of-day file replaces its date's starting positions; an
 * end-of-day file records the date's closing positions and settlements.
 */
public final class PositionFeedKind<R> implements FeedKind {

    private final PositionFile<R> file;
    private final IngestProperties properties;
    private final Plausibility plausibility;
    private final PositionCsvParser<R> parser;

    public PositionFeedKind(PositionFile<R> file, IngestProperties properties, Plausibility plausibility) {
        this.file = file;
        this.properties = properties;
        this.plausibility = plausibility;
        this.parser = new PositionCsvParser<>(file);
    }

    public static PositionFeedKind<StartOfDayPosition> startOfDay(
            IngestProperties properties, Plausibility plausibility) {
        return new PositionFeedKind<>(PositionFile.START_OF_DAY, properties, plausibility);
    }

    public static PositionFeedKind<EndOfDayPosition> endOfDay(IngestProperties properties, Plausibility plausibility) {
        return new PositionFeedKind<>(PositionFile.END_OF_DAY, properties, plausibility);
    }

    @Override
    public String name() {
        return file.layout().kind();
    }

    @Override
    public boolean handles(String bucket, String key) {
        return bucket.equals(properties.bucket(file.layout())) && file.layout().holds(key);
    }

    /** The business date is only in the file name: an unchanged file for a new date is new. */
    @Override
    public String identity(String key, String contentSha256) {
        return FileIdentity.ofNameAndContent(key, contentSha256);
    }

    @Override
    public PreparedFile prepare(FeedFile feedFile, InputStream content, String contentSha256) {
        PositionFileName name;
        try {
            name = PositionFileName.parse(feedFile.key(), file.layout());
            plausibility.limitsNow().checkBusinessDate(name.businessDate());
        } catch (IllegalArgumentException e) {
            return PreparedFile.rejected(List.of(FileProblem.ofFile(e.getMessage())));
        } catch (BadValue e) {
            return PreparedFile.rejected(List.of(new FileProblem(null, null, feedFile.fileName(), e.getMessage())));
        }
        ParsedFile<R> parsed = parser.parse(content);
        if (!parsed.accepted()) {
            return PreparedFile.rejected(parsed.problems());
        }
        return PreparedFile.accepted(
                file.command()
                        .of(
                                PositionBookIds.of(name.businessDate()),
                                name.businessDate(),
                                feedFile.key(),
                                contentSha256,
                                parsed.rows()),
                new PreparedFile.Facts(
                        name(),
                        name.businessDate().atStartOfDay(properties.fileZone()).toInstant(),
                        parsed.rows().size()));
    }
}
