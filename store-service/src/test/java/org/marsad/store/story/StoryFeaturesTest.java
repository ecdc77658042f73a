package org.marsad.store.story;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.story.StoryFixtures.day;

class StoryFeaturesTest {

    private static final String BODY = String.join("\n",
            "Rescuers pulled survivors from the collapsed bridge near Genoa on Tuesday.",
            "Engineers inspected the motorway viaduct after the collapse.",
            "The transport minister visited the site.",
            "Prosecutors opened an inquiry.",
            "Elsewhere, Juventus signed a goalkeeper from Lisbon.");

    @Test
    void readsTheTitleAndLeadTwiceAndIgnoresParagraphsAfterTheFourth() {
        StoryArticle article = StoryFixtures.features(StoryFixtures.en("bridge", "Wire", day(1, 0),
                "Bridge collapses in Genoa", BODY, "loc:genoa|LOCATION|Genoa", "org:juve|ORGANIZATION|Juventus"));

        assertThat(article.terms()).containsEntry("bridg", 4)   // title twice, lead twice
                .containsEntry("survivor", 2)                    // first paragraph: the lead
                .containsEntry("viaduct", 2)                     // second paragraph: still the lead
                .containsEntry("inquiri", 1)                     // fourth paragraph: read once
                .doesNotContainKeys("juventu", "goalkeep", "lisbon");
        assertThat(article.entities()).extracting(KeyEntity::id).containsExactly("loc:genoa");
    }

    @Test
    void keepsEveryParagraphOfAShortArticle() {
        StoryArticle article = StoryFixtures.features(StoryFixtures.en("short", "Wire", day(1, 0),
                "Bridge collapses", "Rescuers search the river.\nDivers joined them.", "loc:genoa|LOCATION|river"));

        assertThat(article.terms()).containsKeys("river", "diver");
        assertThat(article.entities()).extracting(KeyEntity::id).isEqualTo(List.of("loc:genoa"));
    }
}
