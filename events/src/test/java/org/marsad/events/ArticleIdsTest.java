package org.marsad.events;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleIdsTest {

    @Test
    void sameCanonicalUrlGivesSameId() {
        assertThat(ArticleIds.fromCanonicalUrl("https://example.org/a"))
                .isEqualTo(ArticleIds.fromCanonicalUrl("https://example.org/a"))
                .hasSize(32)
                .matches("[0-9a-f]{32}");
    }

    @Test
    void differentUrlsGiveDifferentIds() {
        assertThat(ArticleIds.fromCanonicalUrl("https://example.org/a"))
                .isNotEqualTo(ArticleIds.fromCanonicalUrl("https://example.org/b"));
    }

    @Test
    void contentIdIgnoresSurroundingWhitespaceButNotContent() {
        assertThat(ArticleIds.fromContent("Outlet", " Title ", "Body\n"))
                .isEqualTo(ArticleIds.fromContent("Outlet", "Title", "Body"))
                .isNotEqualTo(ArticleIds.fromContent("Outlet", "Title", "Other body"));
    }

    @Test
    void urlAndContentIdsNeverCollideForTheSameString() {
        assertThat(ArticleIds.fromCanonicalUrl("x")).isNotEqualTo(ArticleIds.fromContent("x", "", ""));
    }

    @Test
    void blankUrlIsRefused() {
        assertThatThrownBy(() -> ArticleIds.fromCanonicalUrl(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
