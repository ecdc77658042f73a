package org.marsad.ingest.service;

/** What happened to one article handed to {@link ArticleIngestor}; {@code error} is set when FAILED. */
public record PublishOutcome(String id, Status status, String error) {

    public enum Status {
        /** Published and acknowledged by the broker. */
        ACCEPTED,
        /** Already published with the same content: not published again. */
        DUPLICATE,
        /** Not acknowledged: not recorded as seen, so sending it again will publish it. */
        FAILED
    }
}
