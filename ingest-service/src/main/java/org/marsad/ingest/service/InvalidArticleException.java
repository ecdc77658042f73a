package org.marsad.ingest.service;

/** An article was refused; the message names the field and is meant for the client who sent it. */
public class InvalidArticleException extends RuntimeException {

    public InvalidArticleException(String message) {
        super(message, null, false, false);
    }
}
