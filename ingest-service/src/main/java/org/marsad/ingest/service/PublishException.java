package org.marsad.ingest.service;

/** The broker did not acknowledge an article in time: nothing was recorded, the client may retry. */
public class PublishException extends RuntimeException {

    public PublishException(String message) {
        super(message);
    }
}
