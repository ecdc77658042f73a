package org.marsad.store.story;

/** An earlier article whose fingerprint is within a few bits of another's: a wire copy or a light edit of it. */
public record NearDuplicate(String articleId, String storyId, int distance) {
}
