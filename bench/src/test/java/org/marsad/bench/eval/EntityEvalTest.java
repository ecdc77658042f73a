package org.marsad.bench.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.events.RawArticle;
import org.marsad.nlp.core.EnrichmentPipeline;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.marsad.events.EntityType.LOCATION;
import static org.marsad.events.EntityType.PERSON;

/** The runner end to end on a corpus file written here: texts found by id, enriched, scored, reported. */
class EntityEvalTest {

    private static final String FIXTURE = """
            {"id": "fx-1", "outlet": "Fixture", "language": "ar", "url": null, "title": "بوتين في موسكو", \
            "published": "2018-03-01 10:00:00", "body": "قال الرئيس الروسي فلاديمير بوتين في موسكو أمس إن المحادثات مستمرة."}
            {"id": "fx-2", "outlet": "Fixture", "language": "ar", "title": "غير مستعمل", "body": "نص آخر."}
            """;

    @TempDir
    Path data;

    private GoldArticle goldFixture() {
        return new GoldArticle("fixture-corpus", "fx-1", "ar", "Fixture", List.of(
                new GoldEntity(PERSON, "فلاديمير بوتين", List.of("فلاديمير بوتين", "بوتين")),
                new GoldEntity(LOCATION, "موسكو", List.of("موسكو")),
                // a form the text does not contain: always a miss, so the listing has something to show
                new GoldEntity(LOCATION, "سوتشي", List.of("سوتشي"))));
    }

    private void writeCorpus() throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(data.resolve("fixture-corpus.jsonl.gz")))) {
            out.write(FIXTURE.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void scoresThePipelineOnGoldArticlesReadFromTheCorpus() throws IOException {
        writeCorpus();
        List<GoldArticle> gold = List.of(goldFixture());
        Map<String, RawArticle> texts = GoldTexts.load(data, gold);

        assertThat(texts).containsOnlyKeys("fx-1");
        assertThat(texts.get("fx-1").title()).isEqualTo("بوتين في موسكو");
        assertThat(texts.get("fx-1").publishedAt()).hasToString("2018-03-01T10:00:00Z");

        List<ArticleScore> scores = EntityEval.evaluate(new EnrichmentPipeline(), gold, texts);
        ArticleScore s = scores.get(0);
        assertThat(s.byType().get(PERSON).matched()).isEqualTo(1);
        assertThat(s.byType().get(LOCATION).matched()).isEqualTo(1);
        assertThat(s.misses()).extracting(GoldEntity::name).containsExactly("سوتشي");

        String table = EvalReport.table("dev", EnrichmentPipeline.VERSION, scores);
        assertThat(table).contains("dev half (1 ar)").contains("| PERSON | 1 |").contains("type-agnostic");
        assertThat(EvalReport.errors(scores)).contains("fx-1").contains("- miss LOCATION سوتشي");
    }

    @Test
    void namesAGoldArticleMissingFromItsCorpus() throws IOException {
        writeCorpus();
        GoldArticle absent = new GoldArticle("fixture-corpus", "fx-404", "ar", "Fixture", goldFixture().entities());

        assertThatThrownBy(() -> GoldTexts.load(data, List.of(absent))).hasMessageContaining("fx-404");
    }
}
