package org.marsad.ingest.rest;

/** The error body of every Marsad API: a machine code and a human sentence. */
public record ApiError(String error, String message) {
}
