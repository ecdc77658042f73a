package org.marsad.gateway.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.marsad.gateway.client.UpstreamUnavailableException;

import java.util.Locale;

/** Turns the gateway's failures into {@link ApiError} bodies, so clients parse one error shape everywhere. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response invalidParameter(InvalidParameterException e) {
        return error(Response.Status.BAD_REQUEST, "invalid_parameter", e.getMessage());
    }

    /** 503 when the service could not be reached, 504 when it did not answer in time. */
    @ServerExceptionMapper
    public Response upstreamUnavailable(UpstreamUnavailableException e) {
        LOG.warnf("%s (%s)", e.getMessage(), e.getCause());
        return error(e.timedOut() ? Response.Status.GATEWAY_TIMEOUT : Response.Status.SERVICE_UNAVAILABLE,
                "upstream_unavailable", e.getMessage());
    }

    /** Unknown routes, wrong methods, unsupported media types: keep the status, give it a JSON body. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String code = status.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return error(status, code, e.getMessage());
    }

    static Response error(Response.StatusType status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(code, message)).build();
    }
}
