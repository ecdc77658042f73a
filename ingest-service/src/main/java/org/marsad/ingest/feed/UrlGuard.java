package org.marsad.ingest.feed;

import java.net.URI;

/** Decides whether a URL may be fetched; checked before the first request and before each redirect. */
@FunctionalInterface
public interface UrlGuard {

    /** @throws FeedException (a {@link ForbiddenAddressException} when refused on principle) */
    void check(URI url) throws FeedException;
}
