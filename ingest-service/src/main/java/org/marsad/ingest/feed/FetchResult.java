package org.marsad.ingest.feed;

import java.net.URI;

/** What a conditional GET of a feed gave: nothing new (304), or a document with its validators. */
public sealed interface FetchResult {

    record NotModified() implements FetchResult {
    }

    /**
     * @param url          where the document was found after redirects: relative links resolve against it
     * @param body         the document, decompressed
     * @param contentType  the Content-Type header, or null
     * @param etag         the ETag to send next time, or null
     * @param lastModified the Last-Modified to send next time, or null
     */
    record Document(URI url, byte[] body, String contentType, String etag, String lastModified)
            implements FetchResult {
    }
}
