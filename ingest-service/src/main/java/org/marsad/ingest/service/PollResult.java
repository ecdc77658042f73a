package org.marsad.ingest.service;

import org.marsad.ingest.domain.FeedStatus;

/**
 * The outcome of polling one feed once.
 *
 * @param notModified the server answered 304
 * @param error       why the poll failed, or null
 */
public record PollResult(FeedStatus status, boolean notModified, int itemsSeen, int itemsPublished,
                         String error) {
}
