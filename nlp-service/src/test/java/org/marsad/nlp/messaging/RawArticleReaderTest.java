package org.marsad.nlp.messaging;

import org.junit.jupiter.api.Test;
import org.marsad.events.EventsJson;
import org.marsad.events.RawArticle;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RawArticleReaderTest {

    private final RawArticleReader reader = new RawArticleReader(EventsJson.newMapper(), () -> 1000);

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsAValidArticleAndIgnoresUnknownFields() {
        RawArticle article = reader.read(utf8("""
                {"schemaVersion":1,"id":"a1","outlet":"سانا","title":"عنوان","body":"نص","source":"push",
                 "fetchedAt":"2024-03-05T08:00:00Z","publishedAt":"2024-03-05T07:00:00Z","futureField":true}"""));
        assertThat(article.id()).isEqualTo("a1");
        assertThat(article.outlet()).isEqualTo("سانا");
        assertThat(article.publishedAt()).hasToString("2024-03-05T07:00:00Z");
    }

    @Test
    void rejectsInvalidUtf8() {
        byte[] bytes = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThatThrownBy(() -> reader.read(bytes)).isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("UTF-8");
    }

    @Test
    void rejectsInvalidJson() {
        assertThatThrownBy(() -> reader.read(utf8("{not json"))).isInstanceOf(InvalidArticleException.class)
                .hasMessageContaining("JSON");
        assertThatThrownBy(() -> reader.read(new byte[0])).isInstanceOf(InvalidArticleException.class);
    }

    @Test
    void rejectsMissingRequiredFields() {
        assertThatThrownBy(() -> reader.read(utf8("""
                {"id":"a1","title":"t","body":"b","source":"push","fetchedAt":"2024-03-05T08:00:00Z"}""")))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("'outlet'");
        assertThatThrownBy(() -> reader.read(utf8("""
                {"id":"a1","outlet":"o","body":"b","source":"push","fetchedAt":"2024-03-05T08:00:00Z"}""")))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("'title'");
        assertThatThrownBy(() -> reader.read(utf8("""
                {"id":"a1","outlet":"o","title":"t","source":"push"}""")))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("'fetchedAt'");
    }

    @Test
    void rejectsArticlesOverTheLimit() {
        String body = "x".repeat(1001);
        assertThatThrownBy(() -> reader.read(utf8("{\"id\":\"a1\",\"outlet\":\"o\",\"title\":\"t\",\"body\":\""
                + body + "\",\"source\":\"push\",\"fetchedAt\":\"2024-03-05T08:00:00Z\"}")))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("too large");
    }
}
