package org.marsad.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.events.RawArticle;
import org.marsad.ingest.config.IngestConfig;
import org.marsad.ingest.domain.BulkReport;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Ingests an NDJSON stream, one article a line, as it arrives: lines are validated one by one and published
 * a batch at a time, so memory holds one batch however large the upload. A bad line is reported with its
 * number and the rest go on.
 */
@ApplicationScoped
public class BulkIngestor {

    private final ArticleReader reader;
    private final ArticleValidator validator;
    private final ArticleIngestor ingestor;
    private final IngestConfig config;

    public BulkIngestor(ArticleReader reader, ArticleValidator validator, ArticleIngestor ingestor,
                        IngestConfig config) {
        this.reader = reader;
        this.validator = validator;
        this.ingestor = ingestor;
        this.config = config;
    }

    public BulkReport ingest(InputStream ndjson) throws IOException {
        int maxLine = (int) Math.min(Integer.MAX_VALUE, config.maxArticleSize().asLongValue());
        NdjsonLines lines = new NdjsonLines(ndjson, maxLine);
        Tally tally = new Tally();
        List<Integer> lineNumbers = new ArrayList<>();
        List<RawArticle> batch = new ArrayList<>();
        for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
            if (line.tooLong()) {
                tally.rejected.add(new BulkReport.Rejection(line.number(),
                        "line is longer than " + maxLine + " bytes"));
                continue;
            }
            try {
                batch.add(validator.validate(reader.read(line.bytes()), Instant.now()).toRawArticle());
                lineNumbers.add(line.number());
            } catch (InvalidArticleException e) {
                tally.rejected.add(new BulkReport.Rejection(line.number(), e.getMessage()));
            }
            if (batch.size() >= config.bulkBatchSize()) {
                publish(batch, lineNumbers, tally);
            }
        }
        publish(batch, lineNumbers, tally);
        tally.rejected.sort(Comparator.comparingInt(BulkReport.Rejection::line));
        return new BulkReport(tally.accepted, tally.duplicates, tally.rejected);
    }

    private void publish(List<RawArticle> batch, List<Integer> lineNumbers, Tally tally) {
        List<PublishOutcome> outcomes = ingestor.ingestAll(batch);
        for (int i = 0; i < outcomes.size(); i++) {
            switch (outcomes.get(i).status()) {
                case ACCEPTED -> tally.accepted++;
                case DUPLICATE -> tally.duplicates++;
                case FAILED -> tally.rejected.add(new BulkReport.Rejection(lineNumbers.get(i),
                        "could not publish: " + outcomes.get(i).error()));
            }
        }
        batch.clear();
        lineNumbers.clear();
    }

    /** Counts of one upload; local to one call. */
    private static final class Tally {
        int accepted;
        int duplicates;
        final List<BulkReport.Rejection> rejected = new ArrayList<>();
    }
}
