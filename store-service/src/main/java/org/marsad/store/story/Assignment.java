package org.marsad.store.story;

import java.util.List;

/**
 * Where an article went: the story it joined or started, the stories that merged into that one because the
 * article bridged them, the stories of the same storyline it was linked to, and its near-duplicates.
 *
 * @param alreadyAssigned true when the article had a story before (a replay or a new version): nothing changed
 */
public record Assignment(String articleId, String storyId, boolean newStory, List<String> mergedStoryIds,
                         List<String> linkedStoryIds, List<NearDuplicate> nearDuplicates, boolean alreadyAssigned) {

    static Assignment unchanged(String articleId, String storyId) {
        return new Assignment(articleId, storyId, false, List.of(), List.of(), List.of(), true);
    }
}
