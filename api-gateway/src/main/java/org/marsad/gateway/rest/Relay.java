package org.marsad.gateway.rest;

import jakarta.ws.rs.core.Response;

/**
 * Passes an internal service's answer on as it came: same status, same body, same content type. The public
 * API's errors are the internal services' errors, so a 400, 404 or 413 keeps its meaning and its message.
 */
final class Relay {

    private Relay() {
    }

    static Response of(Response upstream) {
        try (upstream) {
            Response.ResponseBuilder relayed = Response.status(upstream.getStatus());
            if (upstream.hasEntity()) {
                byte[] body = upstream.readEntity(byte[].class);
                if (body.length > 0) {
                    relayed.entity(body).type(upstream.getMediaType());
                }
            }
            return relayed.build();
        }
    }
}
