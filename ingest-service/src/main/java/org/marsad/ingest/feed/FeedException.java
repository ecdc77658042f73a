package org.marsad.ingest.feed;

import java.time.Duration;

/**
 * A feed could not be fetched or read. The message is shown to users as the feed's lastError, so it is a
 * plain sentence ("HTTP 404 Not Found", "not a feed: ..."). {@link #retryAfter()} is the server's
 * {@code Retry-After}, when it sent one: the next attempt waits at least that long.
 */
public class FeedException extends Exception {

    private final Duration retryAfter;

    public FeedException(String message) {
        this(message, null, null);
    }

    public FeedException(String message, Throwable cause) {
        this(message, cause, null);
    }

    public FeedException(String message, Throwable cause, Duration retryAfter) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** @return the delay the server asked for, or null */
    public Duration retryAfter() {
        return retryAfter;
    }
}
