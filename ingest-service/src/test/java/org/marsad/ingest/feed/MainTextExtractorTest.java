package org.marsad.ingest.feed;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MainTextExtractorTest {

    private final MainTextExtractor extractor = new MainTextExtractor();

    private static byte[] page(String name) throws IOException {
        try (InputStream in = MainTextExtractorTest.class.getResourceAsStream("/pages/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void keepsTheArticleAndDropsTheBoilerplate() throws IOException {
        String text = extractor.extract(page("harbour.html"), null, "https://wire.example.com/pages/harbour.html")
                .orElseThrow();

        assertThat(text).startsWith("<p>The harbour reopened on Friday morning, five days after the storm")
                .contains("<h2>Fishermen count the cost</h2>")
                .contains("standing by his café on the waterfront")
                .doesNotContain("cookies", "Share on", "Related", "Storm hits the coast", "First comment",
                        "Copyright", "analytics", "Sport");
    }

    @Test
    void findsTheDensestBlockWithoutAnyMarkup() {
        String paragraph = "<p>" + "A sentence of the article that goes on for a while. ".repeat(3) + "</p>";
        String html = "<html><body><div><a href=/>Home</a> <a href=/x>Links</a></div>"
                + "<div><div>" + paragraph.repeat(4) + "</div></div>"
                + "<div><p>Short note.</p></div></body></html>";

        String text = extractor.extract(html.getBytes(StandardCharsets.UTF_8), "utf-8", "https://x.example/")
                .orElseThrow();

        assertThat(text).startsWith("<p>A sentence").doesNotContain("Home", "Short note");
    }

    @Test
    void findsNothingInAPageWithoutText() {
        String html = "<html><body><p>Subscribe to read this article.</p></body></html>";
        assertThat(extractor.extract(html.getBytes(StandardCharsets.UTF_8), null, "https://x.example/")).isEmpty();
    }

    @Test
    void tellsATeaserFromAWholeArticle() {
        assertThat(Teaser.isTeaser("<p>The harbour reopened on Friday morning… Read more</p>", null)).isTrue();
        assertThat(Teaser.isTeaser(null, "اقرأ المزيد")).isTrue();
        String whole = "<p>" + "A full paragraph of the article with enough words in it. ".repeat(15) + "</p>";
        assertThat(Teaser.isTeaser(whole, null)).isFalse();
        assertThat(Teaser.isTeaser(whole.replace("</p>", " [...]</p>"), null)).isTrue();
    }
}
