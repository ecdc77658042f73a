package org.marsad.store.messaging;

/** A message on articles.enriched that is not an article we can store; it goes to the dead letters. */
public class InvalidArticleException extends RuntimeException {

    public InvalidArticleException(String message) {
        super(message);
    }

    public InvalidArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
