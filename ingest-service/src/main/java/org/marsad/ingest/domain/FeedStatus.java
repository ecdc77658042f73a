package org.marsad.ingest.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * Health of a feed subscription as the API shows it: never fetched, last fetch fine, last fetch failed, or
 * fetched fine but without new items for much longer than usual ({@link FeedHealth}; never stored).
 */
public enum FeedStatus {
    NEW, OK, FAILING, STALE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FeedStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
