package org.marsad.ingest.service;

/** An article is over the configured size limit. */
public class ArticleTooLargeException extends RuntimeException {

    public ArticleTooLargeException(long limitBytes) {
        super("an article may be at most " + limitBytes + " bytes", null, false, false);
    }
}
