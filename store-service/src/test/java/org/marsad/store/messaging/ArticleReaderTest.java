package org.marsad.store.messaging;

import org.junit.jupiter.api.Test;
import org.marsad.events.EnrichedArticle;
import org.marsad.events.EventsJson;
import org.marsad.store.Fixtures;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArticleReaderTest {

    private final ArticleReader reader = new ArticleReader(EventsJson.newMapper());

    @Test
    void readsAnEnrichedArticle() {
        EnrichedArticle article = Fixtures.arabic("a1", "سانا", "عنوان", Fixtures.PUTIN_AR_TEXT,
                Instant.parse("2025-03-01T08:00:00Z"), List.of(Fixtures.putin(Fixtures.PUTIN_AR_TEXT)));

        assertThat(reader.read(Fixtures.bytes(article))).isEqualTo(article);
    }

    @Test
    void refusesWhatIsNotAnArticle() {
        assertThatThrownBy(() -> reader.read(new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> reader.read("{\"id\":".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("invalid JSON");
        // 0xC3 0x28 is not UTF-8 (a lead byte followed by an ASCII byte).
        assertThatThrownBy(() -> reader.read(new byte[]{'"', (byte) 0xC3, (byte) 0x28, '"'}))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> reader.read("{\"outlet\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("no id");
        assertThatThrownBy(() -> reader.read("{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("no outlet");
        assertThatThrownBy(() -> reader.read("[1, 2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidArticleException.class);
    }
}
