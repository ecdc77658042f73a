package org.marsad.store.story;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.story.StoryFixtures.day;

class StoryProfileTest {

    private static StoryArticle article(String id, int hour) {
        return new StoryArticle(id, "Wire", id, "en", day(1, hour), List.of(), Map.of(id, 1),
                Map.of(id, 1), OptionalLong.empty());
    }

    private static ArticleVectors vectors(String term) {
        return new ArticleVectors(Map.of("e:" + term, 1.0), Map.of(term, 1.0), Map.of(term, 1.0), Set.of());
    }

    @Test
    void aStoryIsProfiledByItsFirstArticlesOnly() {
        StoryProfile story = StoryProfile.founded("s", "s", article("quake", 0), vectors("quake"));
        story = story.with(article("aftershock", 1), vectors("aftershock"), 2);
        StoryProfile core = story;

        story = story.with(article("appeal", 30), vectors("appeal"), 2);

        assertThat(story.articleCount()).isEqualTo(3);
        assertThat(story.lastPublishedAt()).isEqualTo(day(1, 30));
        assertThat(story.terms()).isEqualTo(core.terms()).containsOnlyKeys("quake", "aftershock");
        assertThat(story.entities()).isEqualTo(core.entities());
        assertThat(story.titles()).isEqualTo(core.titles()).containsOnlyKeys("quake", "aftershock");
    }
}
