package org.marsad.store.rest;

/** A query parameter the API cannot accept; answered with 400 {@code invalid_parameter}. */
public class InvalidParameterException extends RuntimeException {

    public InvalidParameterException(String message) {
        super(message);
    }
}
