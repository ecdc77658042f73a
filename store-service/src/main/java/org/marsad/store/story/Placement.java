package org.marsad.store.story;

import java.util.OptionalLong;
import java.util.Set;

/**
 * Everything an index records when an article is placed: the assignment, the story's new profile, the keys the
 * article posts for its story on its day, the keys it adds to the document frequencies, and its fingerprint.
 */
public record Placement(Assignment assignment, StoryArticle article, StoryProfile story, Set<String> postedKeys,
                        Set<String> countedKeys, OptionalLong fingerprint) {
}
