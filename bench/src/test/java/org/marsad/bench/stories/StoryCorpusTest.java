package org.marsad.bench.stories;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Publication times as each corpus writes them, and the days they fall on where they were published. */
class StoryCorpusTest {

    @Test
    void saudiNewsNetTimesAreSaudiLocalTime() {
        assertThat(StoryCorpus.SAUDINEWSNET.published("2015-08-06 15:26:00"))
                .isEqualTo(Instant.parse("2015-08-06T12:26:00Z"));
    }

    @Test
    void aSaudiArticleAfterMidnightBelongsToTheNextLocalDay() {
        Instant published = StoryCorpus.SAUDINEWSNET.published("2015-08-07 01:30:00");

        assertThat(published).isEqualTo(Instant.parse("2015-08-06T22:30:00Z"));
        assertThat(StoryCorpus.SAUDINEWSNET.day(published)).isEqualTo(LocalDate.parse("2015-08-07"));
    }

    @Test
    void antTimesAreRfc1123() {
        assertThat(StoryCorpus.ANT.published("Tue, 01 May 2018 15:24:00 +0300"))
                .isEqualTo(Instant.parse("2018-05-01T12:24:00Z"));
        assertThat(StoryCorpus.ANT.day(Instant.parse("2018-05-01T23:30:00Z"))).isEqualTo(LocalDate.parse("2018-05-01"));
    }

    @Test
    void missingOrUnreadableTimesAreNull() {
        assertThat(StoryCorpus.SAUDINEWSNET.published(null)).isNull();
        assertThat(StoryCorpus.SAUDINEWSNET.published(" ")).isNull();
        assertThat(StoryCorpus.SAUDINEWSNET.published("Tue, 01 May 2018 15:24:00 +0300")).isNull();
        assertThat(StoryCorpus.ANT.published("2015-08-06 15:26:00")).isNull();
    }
}
