package org.marsad.ingest.feed;

/**
 * A feed could not be fetched or read. The message is shown to users as the feed's lastError, so it is a
 * plain sentence ("HTTP 404 Not Found", "not a feed: ...").
 */
public class FeedException extends Exception {

    public FeedException(String message) {
        super(message);
    }

    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
