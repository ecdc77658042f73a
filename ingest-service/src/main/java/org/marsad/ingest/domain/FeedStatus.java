package org.marsad.ingest.domain;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Health of a feed subscription as the API shows it: never fetched, last fetch fine, last fetch failed. */
public enum FeedStatus {
    NEW, OK, FAILING;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FeedStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
