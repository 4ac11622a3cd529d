package com.frgm.dashboard.ingest.positions;

import com.frgm.dashboard.api.positions.EndOfDayPosition;
import com.frgm.dashboard.api.positions.PositionBookIds;
import com.frgm.dashboard.api.positions.RecordEndOfDayPositionsCommand;
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
import org.springframework.stereotype.Component;

/** Actant end-of-day files ({@code frgm-actant-{env}/eod/...}): one command per business date's file. */
@Component
public class EndOfDayFeedKind implements FeedKind {

    static final String FEED = "eod";

    private final IngestProperties properties;
    private final Plausibility plausibility;
    private final EndOfDayCsvParser parser = new EndOfDayCsvParser();

    public EndOfDayFeedKind(IngestProperties properties, Plausibility plausibility) {
        this.properties = properties;
        this.plausibility = plausibility;
    }

    @Override
    public String name() {
        return FEED;
    }

    @Override
    public boolean handles(String bucket, String key) {
        return bucket.equals(properties.actantBucket()) && key.startsWith(FEED + "/");
    }

    /** The business date or snapshot time is only in the file name: an unchanged file for a new one is new. */
    @Override
    public String identity(String key, String contentSha256) {
        return FileIdentity.ofNameAndContent(key, contentSha256);
    }

    @Override
    public PreparedFile prepare(FeedFile file, InputStream content, String contentSha256) {
        PositionFileName name;
        try {
            name = PositionFileName.parse(file.key(), FEED);
            plausibility.limitsNow().checkBusinessDate(name.businessDate());
        } catch (IllegalArgumentException e) {
            return PreparedFile.rejected(List.of(FileProblem.ofFile(e.getMessage())));
        } catch (BadValue e) {
            return PreparedFile.rejected(List.of(new FileProblem(null, null, file.fileName(), e.getMessage())));
        }
        ParsedFile<EndOfDayPosition> parsed = parser.parse(content);
        if (!parsed.accepted()) {
            return PreparedFile.rejected(parsed.problems());
        }
        return PreparedFile.accepted(new RecordEndOfDayPositionsCommand(PositionBookIds.of(name.businessDate()),
                name.businessDate(), file.key(), contentSha256, parsed.rows()),
                new PreparedFile.Facts(name(), name.businessDate().atStartOfDay(properties.fileZone()).toInstant(),
                        parsed.rows().size()));
    }
}
