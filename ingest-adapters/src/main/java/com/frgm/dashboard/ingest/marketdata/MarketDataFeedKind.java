package com.frgm.dashboard.ingest.marketdata;

import com.frgm.dashboard.api.marketdata.MarketQuote;
import com.frgm.dashboard.api.marketdata.RecordMarketSnapshotCommand;
import com.frgm.dashboard.ingest.IngestProperties;
import com.frgm.dashboard.ingest.Plausibility;
import com.frgm.dashboard.ingest.file.BadValue;
import com.frgm.dashboard.ingest.file.FeedLayout;
import com.frgm.dashboard.ingest.file.FileProblem;
import com.frgm.dashboard.ingest.file.ParsedFile;
import com.frgm.dashboard.ingest.file.TimeLimits;
import com.frgm.dashboard.ingest.pipeline.FeedFile;
import com.frgm.dashboard.ingest.pipeline.FeedKind;
import com.frgm.dashboard.ingest.pipeline.PreparedFile;
import java.io.InputStream;
import java.util.List;
import org.springframework.stereotype.Component;

/** Actant market-data files ({@code frgm-actant-{env}/market-data/...}): one command per file. */
@Component
public class MarketDataFeedKind implements FeedKind {

    private static final int MAX_PROBLEMS = 1_000;

    private final IngestProperties properties;
    private final Plausibility plausibility;
    private final MarketDataCsvParser parser = new MarketDataCsvParser(MAX_PROBLEMS);

    public MarketDataFeedKind(IngestProperties properties, Plausibility plausibility) {
        this.properties = properties;
        this.plausibility = plausibility;
    }

    @Override
    public String name() {
        return FeedLayout.MARKET_DATA.kind();
    }

    @Override
    public boolean handles(String bucket, String key) {
        return bucket.equals(properties.bucket(FeedLayout.MARKET_DATA)) && FeedLayout.MARKET_DATA.holds(key);
    }

    @Override
    public PreparedFile prepare(FeedFile file, InputStream content, String contentSha256) {
        MarketDataFileName name;
        TimeLimits limits = plausibility.limitsNow();
        try {
            name = MarketDataFileName.parseKey(file.key(), properties.fileZone());
            limits.checkTime("file time", name.fileTime());
        } catch (IllegalArgumentException e) {
            return PreparedFile.rejected(List.of(FileProblem.ofFile(e.getMessage())));
        } catch (BadValue e) {
            return PreparedFile.rejected(List.of(new FileProblem(null, null, file.fileName(), e.getMessage())));
        }
        ParsedFile<MarketQuote> parsed =
                parser.parse(content, name.fileTime(), properties.product(name.product()), limits);
        if (!parsed.accepted()) {
            return PreparedFile.rejected(parsed.problems());
        }
        return PreparedFile.accepted(
                new RecordMarketSnapshotCommand(
                        name.feedId(), file.key(), contentSha256, name.fileTime(), parsed.rows()),
                new PreparedFile.Facts(
                        name.feedId(), name.fileTime(), parsed.rows().size()));
    }

    @Override
    public String feedOf(String key) {
        try {
            return MarketDataFileName.parse(key.substring(key.lastIndexOf('/') + 1), properties.fileZone())
                    .feedId();
        } catch (IllegalArgumentException e) {
            return name();
        }
    }
}
