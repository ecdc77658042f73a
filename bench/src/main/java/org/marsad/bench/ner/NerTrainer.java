package org.marsad.bench.ner;

import org.marsad.bench.eval.ArticleScore;
import org.marsad.bench.eval.Counts;
import org.marsad.bench.eval.EntityEval;
import org.marsad.bench.eval.EvalReport;
import org.marsad.bench.eval.GoldArticle;
import org.marsad.bench.eval.GoldSet;
import org.marsad.bench.eval.GoldTexts;
import org.marsad.events.RawArticle;
import org.marsad.nlp.core.EnrichmentPipeline;
import org.marsad.nlp.core.EntityLexicon;
import org.marsad.nlp.core.LexiconEntry;
import org.marsad.nlp.core.Tokenizer;
import org.marsad.nlp.core.ner.AnnotatedEntity;
import org.marsad.nlp.core.ner.BioEncoder;
import org.marsad.nlp.core.ner.EntityTagger;
import org.marsad.nlp.core.ner.FeatureExtractor;
import org.marsad.nlp.core.ner.Gaps;
import org.marsad.nlp.core.ner.NerDocument;
import org.marsad.nlp.core.ner.NerModels;
import org.marsad.nlp.core.ner.PerceptronTrainer;
import org.marsad.nlp.core.ner.SequenceModel;
import org.marsad.nlp.core.ner.TrainingExample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Trains the entity taggers from the training annotations ({@code eval/entities/train.jsonl}: ids and entity
 * forms, texts read in place from {@code ../shared/data}) and writes them into nlp-service's resources
 * ({@code org/marsad/nlp/lexicon/ner-ar.bin.gz}, {@code ner-en.bin.gz}). Each article goes through the pipeline's
 * own text preparation and rules, so the model sees at training what it sees in service. Deterministic: a fixed
 * seed, articles in file order.
 *
 * <p>{@code --validate} trains on four fifths of the articles (by a hash of their id) and prints, after each
 * epoch count, the held-out fifth's entity P/R/F1 (the gold set's metric), next to the rules alone: for choosing
 * features and epochs without touching the dev half. Usage:
 * {@code ./marsad train-ner [--validate [--errors]] [--language ar|en] [--epochs N] [--data DIR] [--out DIR]}.
 */
public final class NerTrainer {

    static final long SEED = 20261123L;
    /** Chosen on the held-out fifth ({@code --validate}): the best F1 before it levels off or falls. */
    static final Map<String, Integer> EPOCHS = Map.of("ar", 35, "en", 16);

    private NerTrainer() {
    }

    public static void main(String[] args) throws Exception {
        Path projectDir = Path.of(System.getProperty("marsad.project.dir", ".")).toAbsolutePath().normalize();
        Path data = projectDir.resolveSibling("shared").resolve("data");
        Path out = projectDir.resolve("nlp-service/src/main/resources");
        List<String> languages = List.of("ar", "en");
        Integer epochsGiven = null;
        boolean validate = false;
        boolean errors = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--validate" -> validate = true;
                case "--errors" -> errors = true;
                case "--language" -> languages = List.of(args[++i]);
                case "--epochs" -> epochsGiven = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> fail("unknown argument '" + args[i] + "' (--validate [--errors], --language ar|en, --epochs N,"
                        + " --data DIR, --out DIR)");
            }
        }
        if (!Files.isDirectory(data)) {
            fail("corpora not found in " + data + " (the trainer reads ../shared/data; --data DIR)");
        }
        List<GoldArticle> annotated = GoldSet.loadTraining();
        Map<String, RawArticle> texts = GoldTexts.load(data, annotated);
        List<LexiconEntry> lexicon = EntityLexicon.loadDefault();
        EnrichmentPipeline rulesOnly = new EnrichmentPipeline(lexicon, NerModels.none());
        for (String language : languages) {
            List<GoldArticle> articles = annotated.stream().filter(a -> a.language().equals(language)).toList();
            FeatureExtractor features = NerModels.features(language);
            List<TrainingExample> examples = examples(articles, texts, rulesOnly, features, language);
            int epochs = epochsGiven != null ? epochsGiven : EPOCHS.get(language);
            if (validate) {
                validate(language, articles, examples, texts, lexicon, features, epochs, errors);
            } else {
                SequenceModel model = PerceptronTrainer.train(features.name(), examples, epochs, SEED);
                Path file = out.resolve(NerModels.resource(language).substring(1));
                Files.createDirectories(file.getParent());
                try (OutputStream stream = Files.newOutputStream(file)) {
                    model.save(stream);
                }
                System.out.printf("%s: %d articles, %d epochs, %d features, %,d bytes -> %s%n", language,
                        articles.size(), epochs, model.featureCount(), Files.size(file), file);
            }
        }
    }

    /** Each article as the tagger sees it, with the labels its annotations give. */
    static List<TrainingExample> examples(List<GoldArticle> articles, Map<String, RawArticle> texts,
                                          EnrichmentPipeline rulesOnly, FeatureExtractor features, String language) {
        BioEncoder encoder = new BioEncoder(new Tokenizer());
        List<TrainingExample> examples = new ArrayList<>(articles.size());
        for (GoldArticle article : articles) {
            NerDocument document = rulesOnly.entityInput(texts.get(article.id()), language);
            List<AnnotatedEntity> entities = article.entities().stream()
                    .map(e -> new AnnotatedEntity(e.type(), e.forms())).toList();
            examples.add(new TrainingExample(features.extract(document), encoder.encode(document.tokens(), entities),
                    Gaps.breaks(document.text(), document.tokens())));
        }
        return examples;
    }

    /** Validation articles: a fifth of them, by a hash of the id (stable as annotations are added). */
    static boolean heldOut(GoldArticle article) {
        return Math.floorMod(article.id().hashCode(), 5) == 0;
    }

    private static void validate(String language, List<GoldArticle> articles, List<TrainingExample> examples,
                                 Map<String, RawArticle> texts, List<LexiconEntry> lexicon,
                                 FeatureExtractor features, int maxEpochs, boolean errors) {
        List<TrainingExample> train = new ArrayList<>();
        List<GoldArticle> validation = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            if (heldOut(articles.get(i))) {
                validation.add(articles.get(i));
            } else {
                train.add(examples.get(i));
            }
        }
        System.out.printf("%s: training on %d articles, validating on %d%n%n", language, train.size(),
                validation.size());
        List<ArticleScore> rules = EntityEval.evaluate(new EnrichmentPipeline(lexicon, NerModels.none()), validation, texts);
        System.out.println("rules alone: " + summary(rules));
        PerceptronTrainer trainer = new PerceptronTrainer(SEED);
        List<ArticleScore> last = rules;
        for (int epoch = 1; epoch <= maxEpochs; epoch++) {
            trainer.epoch(train);
            EntityTagger tagger = new EntityTagger(features, trainer.model(features.name()));
            last = EntityEval.evaluate(new EnrichmentPipeline(lexicon, NerModels.of(Map.of(language, tagger))),
                    validation, texts);
            System.out.printf("epoch %2d: %s%n", epoch, summary(last));
        }
        System.out.println();
        System.out.print(EvalReport.table("train-validation", "rules alone", rules));
        System.out.print(EvalReport.table("train-validation", "tagger, " + maxEpochs + " epochs", last));
        if (errors) {
            System.out.print(EvalReport.errors(last));
        }
    }

    private static String summary(List<ArticleScore> scores) {
        Counts all = scores.stream().map(ArticleScore::all).reduce(Counts.ZERO, Counts::plus);
        return String.format("P %.3f R %.3f F1 %.3f", all.precision(), all.recall(), all.f1());
    }

    private static void fail(String message) {
        System.err.println("train-ner: " + message);
        System.exit(2);
    }
}
