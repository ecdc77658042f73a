package org.marsad.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON Schemas and the records must describe the same messages: neither may drift from the other. */
class SchemaContractTest {

    private final ObjectMapper json = EventsJson.newMapper();

    @Test
    void rawArticleSerialisesToItsSchema() throws IOException {
        assertThat(validate("raw-article", json.valueToTree(sampleRaw()))).isEmpty();
    }

    @Test
    void enrichedArticleSerialisesToItsSchema() throws IOException {
        assertThat(validate("enriched-article", json.valueToTree(sampleEnriched()))).isEmpty();
    }

    @Test
    void articleStoredSerialisesToItsSchema() throws IOException {
        ArticleStored stored = new ArticleStored(ArticleStored.SCHEMA_VERSION, sampleRaw().id(), "Example Daily",
                "A title", "en", "A summary.", Instant.parse("2026-01-02T03:04:05Z"), Instant.now(), null);
        assertThat(validate("article-stored", json.valueToTree(stored))).isEmpty();
    }

    @Test
    void storyUpdatedSerialisesToItsSchema() throws IOException {
        StoryUpdated update = new StoryUpdated(StoryUpdated.SCHEMA_VERSION, "st-1", "A title", 2,
                List.of("Example Daily", "Other Times"), List.of("en"), Instant.parse("2026-01-02T03:04:05Z"),
                Instant.parse("2026-01-02T05:04:05Z"), Instant.now(), sampleRaw().id(), null, null);
        assertThat(validate("story-updated", json.valueToTree(update))).isEmpty();
    }

    @Test
    void schemaRejectsAnArticleWithoutBodyOrHtml() throws IOException {
        RawArticle raw = sampleRaw();
        RawArticle noText = new RawArticle(1, raw.id(), raw.url(), raw.canonicalUrl(), raw.outlet(), null, null,
                raw.title(), null, null, null, null, raw.fetchedAt(), "push");
        assertThat(validate("raw-article", json.valueToTree(noText))).isNotEmpty();
    }

    @Test
    void everyRecordComponentIsInTheSchemaAndBack() throws IOException {
        assertThat(schemaProperties("raw-article")).isEqualTo(componentNames(RawArticle.class));
        assertThat(schemaProperties("enriched-article")).isEqualTo(componentNames(EnrichedArticle.class));
        assertThat(schemaProperties("article-stored")).isEqualTo(componentNames(ArticleStored.class));
        assertThat(schemaProperties("story-updated")).isEqualTo(componentNames(StoryUpdated.class));
    }

    @Test
    void enrichedArticleRoundTripsThroughJson() throws IOException {
        EnrichedArticle article = sampleEnriched();
        String text = json.writeValueAsString(article);
        assertThat(json.readValue(text, EnrichedArticle.class)).isEqualTo(article);
        assertThat(json.readValue(text, EnrichedArticle.class).raw()).isEqualTo(article.raw());
    }

    static RawArticle sampleRaw() {
        String url = "https://example.org/news/1";
        return new RawArticle(RawArticle.SCHEMA_VERSION, ArticleIds.fromCanonicalUrl(url), url, url,
                "Example Daily", null, null, "A title", "Body text.", null, "en",
                Instant.parse("2026-01-02T03:04:05Z"), Instant.parse("2026-01-02T03:05:00Z"), "push");
    }

    static EnrichedArticle sampleEnriched() {
        Enrichment nlp = new Enrichment("Body text.", "en", 0.98, List.of(new Span(0, 10)),
                List.of(new Entity("loc:SY", EntityType.LOCATION, "Syria", List.of("سوريا", "سورية"),
                        List.of(new Mention("Syria", 0, 5)))),
                List.of(new Quote(new Quote.Speaker(null, "he"), "hello", 1, 6)),
                List.of(new NumberMention("90 %", 90, "percent", 0, 4)),
                List.of(new DateMention("May 2021", "2021-05", 0, 8)),
                List.of(new Keyword("body", 1.5)), "Body text.",
                List.of(new Repair(0, 4, "Bоdy", "Body", "foreign-letter-in-word")),
                "00ff00ff00ff00ff", "test-1");
        return EnrichedArticle.of(sampleRaw(), nlp, Instant.parse("2026-01-02T03:05:01Z"));
    }

    private Set<ValidationMessage> validate(String schemaName, JsonNode node) throws IOException {
        try (InputStream in = schemaStream(schemaName)) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            return schema.validate(node);
        }
    }

    private Set<String> schemaProperties(String schemaName) throws IOException {
        try (InputStream in = schemaStream(schemaName)) {
            Set<String> names = new TreeSet<>();
            json.readTree(in).get("properties").fieldNames().forEachRemaining(names::add);
            return names;
        }
    }

    private static Set<String> componentNames(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static InputStream schemaStream(String name) {
        InputStream in = SchemaContractTest.class.getResourceAsStream("/schemas/" + name + ".schema.json");
        assertThat(in).as("schema %s on the classpath", name).isNotNull();
        return in;
    }
}
