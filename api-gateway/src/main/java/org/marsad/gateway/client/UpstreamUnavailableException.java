package org.marsad.gateway.client;

/**
 * An internal service could not be reached ({@link #timedOut()} false) or did not answer in time (true). An
 * answer with an error status is not this: it is passed through as it is.
 */
public class UpstreamUnavailableException extends RuntimeException {

    private final Upstream upstream;
    private final boolean timedOut;

    public UpstreamUnavailableException(Upstream upstream, boolean timedOut, Throwable cause) {
        super(upstream.serviceName() + (timedOut ? " did not answer in time" : " is unavailable"), cause);
        this.upstream = upstream;
        this.timedOut = timedOut;
    }

    public Upstream upstream() {
        return upstream;
    }

    public boolean timedOut() {
        return timedOut;
    }
}
