package org.marsad.gateway.client;

import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/** What every call to an internal service shares: how clients are built and how failures are told apart. */
final class UpstreamCalls {

    private UpstreamCalls() {
    }

    /**
     * Builds a client whose {@link Response}s carry every status: without the default mapper a 404 or 400
     * from upstream is an answer to pass on, not an exception.
     */
    static <T> T client(Class<T> api, URI baseUri, Duration connectTimeout, Duration readTimeout) {
        return QuarkusRestClientBuilder.newBuilder()
                .baseUri(baseUri)
                .connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .disableDefaultMapper(true)
                .build(api);
    }

    /** Runs one call, turning "no answer" into {@link UpstreamUnavailableException}. */
    static Response call(Upstream upstream, Supplier<Response> call) {
        try {
            return call.get();
        } catch (ProcessingException e) {
            throw new UpstreamUnavailableException(upstream, isTimeout(e), e);
        }
    }

    private static boolean isTimeout(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
