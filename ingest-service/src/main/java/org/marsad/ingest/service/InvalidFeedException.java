package org.marsad.ingest.service;

/** A feed subscription request was refused; the message names the field. */
public class InvalidFeedException extends RuntimeException {

    public InvalidFeedException(String message) {
        super(message, null, false, false);
    }
}
