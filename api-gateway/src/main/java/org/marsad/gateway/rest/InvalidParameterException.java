package org.marsad.gateway.rest;

/** A query parameter the gateway refuses before bothering an internal service; answered with 400. */
public class InvalidParameterException extends RuntimeException {

    public InvalidParameterException(String message) {
        super(message);
    }
}
