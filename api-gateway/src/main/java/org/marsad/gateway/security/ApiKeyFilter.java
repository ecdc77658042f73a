package org.marsad.gateway.security;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.marsad.gateway.rest.ApiError;

import java.util.Set;

/**
 * Guards writes under /api/v1: when keys are configured, POST, PUT, PATCH and DELETE need
 * {@code X-API-Key: <key>} or {@code Authorization: Bearer <key>}. Reads stay open, so the page and the
 * stream work for everyone.
 */
@Provider
public class ApiKeyFilter implements ContainerRequestFilter {

    static final String HEADER = "X-API-Key";
    private static final String BEARER = "Bearer ";
    private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final ApiKeys keys;

    public ApiKeyFilter(ApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (keys.open() || SAFE_METHODS.contains(request.getMethod())
                || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        if (!keys.accepts(presentedKey(request))) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"marsad\"")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError("unauthorized",
                            "this request needs an API key in the X-API-Key header or as 'Authorization: Bearer <key>'"))
                    .build());
        }
    }

    private static String presentedKey(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key != null && !key.isBlank()) {
            return key.strip();
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return authorization.substring(BEARER.length()).strip();
        }
        return null;
    }
}
