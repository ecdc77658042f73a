package org.marsad.store.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The error body of every API (CONVENTIONS.md): a machine-readable code and a sentence for people. */
public record ApiError(String error, String message) {

    public static Response notFound(String message) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                .entity(new ApiError("not_found", message)).build();
    }
}
