package org.marsad.bench.eval;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The committed gold set is well formed: ids unique, languages and forms sane, dev and test disjoint; and the
 * tagger's training annotations are well formed too and share no article with either half.
 */
class GoldSetTest {

    @Test
    void devHalfHasEnoughArticlesPerLanguageFromSeveralOutlets() {
        List<GoldArticle> dev = GoldSet.load("dev");
        Map<String, Long> perLanguage = dev.stream().collect(Collectors.groupingBy(GoldArticle::language, Collectors.counting()));

        assertThat(perLanguage.get("ar")).isGreaterThanOrEqualTo(20);
        assertThat(perLanguage.get("en")).isGreaterThanOrEqualTo(10);
        assertThat(dev.stream().filter(a -> a.language().equals("ar")).map(GoldArticle::outlet).distinct().count())
                .isGreaterThanOrEqualTo(10);
    }

    @Test
    void everyArticleIsWellFormed() {
        for (String split : GoldSet.SPLITS) {
            assertWellFormed(split, GoldSet.load(split));
        }
        assertWellFormed("train", GoldSet.loadTraining());
    }

    private static void assertWellFormed(String split, List<GoldArticle> articles) {
        Set<String> ids = new HashSet<>();
        for (GoldArticle a : articles) {
            assertThat(ids.add(a.id())).as("duplicate id %s in %s", a.id(), split).isTrue();
            assertThat(a.language()).isIn("ar", "en");
            assertThat(a.corpus()).isIn("ant-corpus-2018", "saudinewsnet-2015", "bbc-news-en");
            assertThat(a.entities()).as(a.id()).isNotEmpty();
            for (GoldEntity e : a.entities()) {
                assertThat(e.type()).as(a.id()).isNotNull();
                assertThat(e.forms()).as("%s %s", a.id(), e.name()).isNotEmpty().doesNotHaveDuplicates()
                        .allSatisfy(f -> assertThat(NameNormalizer.normalize(f)).isNotBlank());
            }
        }
    }

    @Test
    void devAndTestShareNoArticleAndTheSameOutlets() {
        List<GoldArticle> dev = GoldSet.load("dev");
        List<GoldArticle> test = GoldSet.load("test");

        assertThat(dev).extracting(GoldArticle::id).doesNotContainAnyElementsOf(test.stream().map(GoldArticle::id).toList());
        assertThat(dev.stream().map(GoldArticle::outlet).collect(Collectors.toSet()))
                .isEqualTo(test.stream().map(GoldArticle::outlet).collect(Collectors.toSet()));
        assertThat(test).hasSameSizeAs(dev);
    }

    @Test
    void trainingArticlesAreNeitherDevNorTestArticles() {
        List<GoldArticle> training = GoldSet.loadTraining();
        Set<String> gold = new HashSet<>();
        GoldSet.SPLITS.forEach(split -> GoldSet.load(split).forEach(a -> gold.add(a.id())));

        assertThat(training).extracting(GoldArticle::id).doesNotContainAnyElementsOf(gold);
        Map<String, Long> perLanguage = training.stream()
                .collect(Collectors.groupingBy(GoldArticle::language, Collectors.counting()));
        assertThat(perLanguage.get("ar")).isGreaterThanOrEqualTo(200);
        assertThat(perLanguage.get("en")).isGreaterThanOrEqualTo(80);
    }

    @Test
    void anUnknownSplitIsRefused() {
        assertThatThrownBy(() -> GoldSet.load("train")).hasMessageContaining("unknown split");
    }
}
