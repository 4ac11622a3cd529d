package com.frgm.dashboard.ingest.orders;

import com.frgm.dashboard.api.orders.ApplyWorkingOrderSnapshotCommand;
import com.frgm.dashboard.api.orders.WorkingOrder;
import com.frgm.dashboard.api.orders.WorkingOrderBookIds;
import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.Plausibility;
import com.frgm.dashboard.ingest.file.BadValue;
import com.frgm.dashboard.ingest.file.FeedLayout;
import com.frgm.dashboard.ingest.file.FileProblem;
import com.frgm.dashboard.ingest.file.ParsedFile;
import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.FeedKind;
import com.frgm.dashboard.ingest.pipeline.FileIdentity;
import com.frgm.dashboard.ingest.pipeline.PreparedFile;
import java.io.InputStream;
import java.util.List;
import org.springframework.stereotype.Component;

/** TT working-order snapshots ({@code frgm-tt-{env}/working-orders/...}): one command per snapshot. */
@Component
public class WorkingOrderFeedKind implements FeedKind {

    private final IngestProperties properties;
    private final Plausibility plausibility;
    private final WorkingOrderJsonParser parser = new WorkingOrderJsonParser();

    public WorkingOrderFeedKind(IngestProperties properties, Plausibility plausibility) {
        this.properties = properties;
        this.plausibility = plausibility;
    }

    @Override
    public String name() {
        return FeedLayout.WORKING_ORDERS.kind();
    }

    @Override
    public boolean handles(String bucket, String key) {
        return bucket.equals(properties.bucket(FeedLayout.WORKING_ORDERS)) && FeedLayout.WORKING_ORDERS.holds(key);
    }

    /** The business date or snapshot time is only in the file name: an unchanged file for a new one is new. */
    @Override
    public String identity(String key, String contentSha256) {
        return FileIdentity.ofNameAndContent(key, contentSha256);
    }

    @Override
    public PreparedFile prepare(FeedFile file, InputStream content, String contentSha256) {
        SnapshotFileName name;
        try {
            name = SnapshotFileName.parse(file.key(), properties.fileZone());
            // A future snapshot would make every real one after it stale.
            plausibility.limitsNow().checkTime("snapshot time", name.snapshotTime());
        } catch (IllegalArgumentException e) {
            return PreparedFile.rejected(List.of(FileProblem.ofFile(e.getMessage())));
        } catch (BadValue e) {
            return PreparedFile.rejected(List.of(new FileProblem(null, null, file.fileName(), e.getMessage())));
        }
        ParsedFile<WorkingOrder> parsed = parser.parse(content);
        if (!parsed.accepted()) {
            return PreparedFile.rejected(parsed.problems());
        }
        return PreparedFile.accepted(
                new ApplyWorkingOrderSnapshotCommand(
                        WorkingOrderBookIds.TT,
                        file.key(),
                        contentSha256,
                        name.snapshotTime(),
                        parsed.rows(),
                        properties.businessZone()),
                new PreparedFile.Facts(
                        name(), name.snapshotTime(), parsed.rows().size()));
    }
}
