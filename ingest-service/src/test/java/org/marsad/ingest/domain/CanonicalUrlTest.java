package org.marsad.ingest.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalUrlTest {

    @Test
    void lowerCasesSchemeAndHostButNotThePath() {
        assertThat(CanonicalUrl.of("HTTPS://News.Example.ORG/World/Story"))
                .isEqualTo("https://news.example.org/World/Story");
    }

    @Test
    void dropsDefaultPortsAndKeepsOthers() {
        assertThat(CanonicalUrl.of("http://example.org:80/a")).isEqualTo("http://example.org/a");
        assertThat(CanonicalUrl.of("https://example.org:443/a")).isEqualTo("https://example.org/a");
        assertThat(CanonicalUrl.of("https://example.org:8443/a")).isEqualTo("https://example.org:8443/a");
    }

    @Test
    void dropsFragmentAndTrackingParametersAndSortsTheRest() {
        assertThat(CanonicalUrl.of("https://example.org/story?utm_source=tw&b=2&fbclid=x&a=1&gclid=y&ref=home"
                + "&UTM_Medium=social#comments"))
                .isEqualTo("https://example.org/story?a=1&b=2");
        assertThat(CanonicalUrl.of("https://example.org/story?utm_campaign=z")).isEqualTo("https://example.org/story");
    }

    @Test
    void keepsParametersThatMerelyResembleTrackingOnes() {
        assertThat(CanonicalUrl.of("https://example.org/s?referrer=a&id=7")).isEqualTo("https://example.org/s?id=7&referrer=a");
    }

    @Test
    void removesTrailingSlashExceptForTheRoot() {
        assertThat(CanonicalUrl.of("https://example.org/news/")).isEqualTo("https://example.org/news");
        assertThat(CanonicalUrl.of("https://example.org/")).isEqualTo("https://example.org/");
        assertThat(CanonicalUrl.of("https://example.org")).isEqualTo("https://example.org/");
    }

    @Test
    void trimsWhitespace() {
        assertThat(CanonicalUrl.of("  https://example.org/a \n")).isEqualTo("https://example.org/a");
    }

    @Test
    void givesArabicPathsOneEncodingWhetherRawOrEncoded() {
        String raw = CanonicalUrl.of("https://example.org/أخبار/سوريا");
        String encodedLower = CanonicalUrl.of("https://example.org/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/%d8%b3%d9%88%d8%b1%d9%8a%d8%a7");
        assertThat(raw).isEqualTo("https://example.org/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7");
        assertThat(encodedLower).isEqualTo(raw);
    }

    @Test
    void decodesNeedlesslyEncodedUnreservedCharacters() {
        assertThat(CanonicalUrl.of("https://example.org/%7Euser/a%2Db")).isEqualTo("https://example.org/~user/a-b");
        assertThat(CanonicalUrl.of("https://example.org/a%2fb")).isEqualTo("https://example.org/a%2Fb");
    }

    @Test
    void writesInternationalHostsInPunycode() {
        assertThat(CanonicalUrl.of("https://مثال.مصر/خبر")).startsWith("https://xn--").endsWith("/%D8%AE%D8%A8%D8%B1");
    }

    @Test
    void resolvesDotSegments() {
        assertThat(CanonicalUrl.of("https://example.org/a/./b/../c")).isEqualTo("https://example.org/a/c");
    }

    @Test
    void refusesWhatIsNotAnAbsoluteHttpUrl() {
        assertThatThrownBy(() -> CanonicalUrl.of("/relative/path")).hasMessageContaining("absolute http(s)");
        assertThatThrownBy(() -> CanonicalUrl.of("ftp://example.org/file")).hasMessageContaining("absolute http(s)");
        assertThatThrownBy(() -> CanonicalUrl.of("javascript:alert(1)")).hasMessageContaining("absolute http(s)");
        assertThatThrownBy(() -> CanonicalUrl.of("https:///nohost")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalUrl.of("  ")).hasMessageContaining("empty");
    }

    @Test
    void makesTheArticleFromTwoFeedsOneArticle() {
        String desktop = CanonicalUrl.ofArticle("https://www.news.example.org/world/story-1/");
        assertThat(desktop).isEqualTo("https://news.example.org/world/story-1");
        for (String variant : new String[] {
                "HTTPS://News.Example.org/world/story-1?utm_source=rss&utm_medium=feed#comments",
                "https://m.news.example.org/world/story-1",
                "https://mobile.news.example.org/world/story-1?fbclid=abc&mc_cid=1",
                "https://amp.news.example.org/world/story-1",
                "https://www.news.example.org/world/story-1/amp/",
                "https://www.news.example.org/amp/world/story-1",
                "https://news.example.org/world/story-1.amp",
                "https://news.example.org/world/story-1?amp=1",
                "https://news.example.org/world/story-1?outputType=amp",
                "https://news-example-org.cdn.ampproject.org/c/s/news.example.org/world/story-1",
                "https://www.google.com/amp/s/news.example.org/world/story-1"}) {
            assertThat(CanonicalUrl.ofArticle(variant)).as(variant).isEqualTo(desktop);
        }
    }

    @Test
    void keepsWhatMerelyLooksLikeAVariant() {
        assertThat(CanonicalUrl.ofArticle("https://m.com/a")).isEqualTo("https://m.com/a");
        assertThat(CanonicalUrl.ofArticle("https://example.org/amplifier")).isEqualTo("https://example.org/amplifier");
        assertThat(CanonicalUrl.ofArticle("https://example.org/a?id=7&page=2"))
                .isEqualTo("https://example.org/a?id=7&page=2");
        assertThat(CanonicalUrl.ofArticle("https://www.example.org/")).isEqualTo("https://example.org/");
    }
}
