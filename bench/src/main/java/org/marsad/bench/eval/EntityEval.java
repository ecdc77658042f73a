package org.marsad.bench.eval;

import org.marsad.events.Enrichment;
import org.marsad.events.RawArticle;
import org.marsad.nlp.core.EnrichmentPipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Entity quality on the gold set: enriches each gold article with the NLP core and scores its entities against
 * the annotations. Usage: {@code ./marsad eval [--split dev|test] [--errors] [--language ar|en] [--data DIR]}.
 * The per-article error listing exists for the dev half only: the test half is for reporting, never for tuning.
 */
public final class EntityEval {

    private EntityEval() {
    }

    public static void main(String[] args) throws Exception {
        Path projectDir = Path.of(System.getProperty("marsad.project.dir", ".")).toAbsolutePath().normalize();
        Path data = projectDir.resolveSibling("shared").resolve("data");
        String split = "dev";
        String language = null;
        boolean errors = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--split" -> split = args[++i];
                case "--errors" -> errors = true;
                case "--language" -> language = args[++i];
                case "--data" -> data = Path.of(args[++i]);
                default -> fail("unknown argument '" + args[i] + "' (--split dev|test, --errors, --language ar|en, --data DIR)");
            }
        }
        if (!GoldSet.SPLITS.contains(split)) {
            fail("unknown split '" + split + "' (dev or test)");
        }
        if (errors && !split.equals("dev")) {
            fail("--errors lists the dev half only: tune on dev, report on test");
        }
        if (!Files.isDirectory(data)) {
            fail("corpora not found in " + data + " (the evaluation reads ../shared/data; --data DIR)");
        }
        String only = language;
        List<GoldArticle> gold = GoldSet.load(split).stream()
                .filter(a -> only == null || a.language().equals(only)).toList();
        Map<String, RawArticle> texts = GoldTexts.load(data, gold);
        List<ArticleScore> scores = evaluate(new EnrichmentPipeline(), gold, texts);
        System.out.print(EvalReport.table(split, EnrichmentPipeline.VERSION, scores));
        if (errors) {
            System.out.print(EvalReport.errors(scores));
        }
    }

    /** Enriches each gold article's text and scores what the pipeline found. */
    public static List<ArticleScore> evaluate(EnrichmentPipeline pipeline, List<GoldArticle> gold,
                                              Map<String, RawArticle> texts) {
        List<ArticleScore> scores = new ArrayList<>(gold.size());
        for (GoldArticle article : gold) {
            Enrichment enrichment = pipeline.enrich(texts.get(article.id()));
            List<PredictedEntity> predicted = enrichment.entities().stream().map(PredictedEntity::of).toList();
            scores.add(EntityScorer.score(article, predicted));
        }
        return scores;
    }

    private static void fail(String message) {
        System.err.println("eval: " + message);
        System.exit(2);
    }
}
