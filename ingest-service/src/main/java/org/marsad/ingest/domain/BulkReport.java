package org.marsad.ingest.domain;

import java.util.List;

/** Result of a bulk upload: counts of published and duplicate articles, and each rejected line with why. */
public record BulkReport(int accepted, int duplicates, List<Rejection> rejected) {

    /** A line that was not published; {@code line} counts from 1, blank lines included. */
    public record Rejection(int line, String error) {
    }
}
