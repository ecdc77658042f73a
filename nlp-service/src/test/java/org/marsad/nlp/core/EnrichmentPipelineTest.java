package org.marsad.nlp.core;

import org.junit.jupiter.api.Test;
import org.marsad.events.DateMention;
import org.marsad.events.Enrichment;
import org.marsad.events.Entity;
import org.marsad.events.Mention;
import org.marsad.events.NumberMention;
import org.marsad.events.RawArticle;
import org.marsad.events.Span;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class EnrichmentPipelineTest {

    private static final Instant PUBLISHED = Instant.parse("2024-03-06T09:00:00Z");

    private static RawArticle article(String title, String body, String hint) {
        return new RawArticle(1, "a1", "https://example.org/a1", "https://example.org/a1", "Example", null, null,
                title, body, null, hint, PUBLISHED, PUBLISHED, "push");
    }

    @Test
    void enrichesAnArabicArticle() {
        Enrichment e = NlpFixtures.pipeline().enrich(article(NlpFixtures.ARABIC_TITLE, NlpFixtures.ARABIC_BODY, null));
        assertThat(e.cleanText()).startsWith(NlpFixtures.ARABIC_TITLE + "\n\n");
        assertThat(e.language()).isEqualTo("ar");
        assertThat(e.pipelineVersion()).isEqualTo(EnrichmentPipeline.VERSION);
        assertThat(e.fingerprint()).matches("[0-9a-f]{16}");
        assertThat(e.entities()).extracting(Entity::id).contains("per:vladimir-putin", "per:bashar-al-assad",
                "loc:moscow", "loc:RU", "loc:SY", "loc:sochi", "org:un", "org:kremlin");
        Entity putin = e.entities().stream().filter(x -> x.id().equals("per:vladimir-putin")).findFirst().orElseThrow();
        assertThat(putin.mentions()).extracting(Mention::text).contains("بوتين", "فلاديمير بوتين");
        assertThat(e.numbers()).extracting(NumberMention::text).contains("35 بالمئة", "أربع مرات ونصف");
        assertThat(e.dates()).extracting(DateMention::value)
                .contains("2024-03-05", "2023", "2022-03-15", "2019-10", "2024-04");
        // a year inside a date is not also a quantity
        assertThat(e.numbers()).extracting(NumberMention::value).doesNotContain(2022.0, 15.0);
        // Assad's words in marks, then Putin's reported speech (وأضاف بوتين أن ...)
        assertThat(e.quotes()).extracting(q -> q.speaker().entityId())
                .containsExactly("per:bashar-al-assad", "per:vladimir-putin");
        assertThat(e.keywords()).isNotEmpty().hasSizeLessThanOrEqualTo(10);
        assertThat(e.summary()).isNotBlank();
        assertOffsetsPointIntoCleanText(e);
    }

    @Test
    void enrichesAnEnglishArticle() {
        Enrichment e = NlpFixtures.pipeline().enrich(article(NlpFixtures.ENGLISH_TITLE, NlpFixtures.ENGLISH_BODY, "en"));
        assertThat(e.language()).isEqualTo("en");
        assertThat(e.entities()).extracting(Entity::id).contains("loc:EG", "loc:JO", "loc:cairo",
                "per:abdel-fattah-el-sisi", "per:abdullah-ii", "org:un");
        assertThat(e.entities()).extracting(Entity::name).contains("Amira Haddad", "Ministry of Electricity",
                "Delta Valley University");
        assertThat(e.numbers()).extracting(NumberMention::value).contains(2000.0, 40.0);
        assertThat(e.dates()).extracting(DateMention::value).contains("2024-03-04");
        assertThat(e.quotes()).hasSize(2);
        assertThat(e.quotes().get(0).speaker().entityId()).isEqualTo("per:abdel-fattah-el-sisi");
        assertOffsetsPointIntoCleanText(e);
    }

    @Test
    void unknownLanguageIsEnrichedAsFarAsPossible() {
        Enrichment e = NlpFixtures.pipeline().enrich(article("42", "", null));
        assertThat(e.language()).isEqualTo("und");
        assertThat(e.cleanText()).isEqualTo("42");
        assertThat(e.entities()).isEmpty();
    }

    @Test
    void isDeterministicAndThreadSafe() throws Exception {
        EnrichmentPipeline pipeline = NlpFixtures.pipeline();
        RawArticle ar = article(NlpFixtures.ARABIC_TITLE, NlpFixtures.ARABIC_BODY, null);
        RawArticle en = article(NlpFixtures.ENGLISH_TITLE, NlpFixtures.ENGLISH_BODY, null);
        Enrichment expectedAr = pipeline.enrich(ar);
        Enrichment expectedEn = pipeline.enrich(en);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                boolean arabic = i % 2 == 0;
                results.add(pool.submit(() -> arabic ? pipeline.enrich(ar).equals(expectedAr)
                        : pipeline.enrich(en).equals(expectedEn)));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static void assertOffsetsPointIntoCleanText(Enrichment e) {
        String text = e.cleanText();
        for (Span s : e.sentences()) {
            assertThat(s.end()).isGreaterThan(s.start()).isLessThanOrEqualTo(text.length());
        }
        for (Entity entity : e.entities()) {
            for (Mention m : entity.mentions()) {
                assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
        e.numbers().forEach(n -> assertThat(text.substring(n.start(), n.end())).isEqualTo(n.text()));
        e.dates().forEach(d -> assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text()));
        e.quotes().forEach(q -> assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text()));
        e.repairs().forEach(r -> assertThat(text.substring(r.start(), r.end())).isEqualTo(r.replacement()));
    }
}
