package org.marsad.ingest.feed;

/** A feed or article URL leads to an address Marsad may not fetch from (loopback, private, link-local, ...). */
public class ForbiddenAddressException extends FeedException {

    public ForbiddenAddressException(String message) {
        super(message);
    }
}
