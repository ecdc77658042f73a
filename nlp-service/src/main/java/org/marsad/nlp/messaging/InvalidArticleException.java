package org.marsad.nlp.messaging;

/**
 * A message on {@code articles.raw} that can never be enriched (not UTF-8, not JSON, a required field missing,
 * too large). Its message becomes the {@code dead-letter-reason} header on {@code articles.dlq}.
 */
public class InvalidArticleException extends RuntimeException {

    public InvalidArticleException(String message) {
        super(message);
    }

    public InvalidArticleException(String message, Throwable cause) {
        super(message, cause);
    }
}
