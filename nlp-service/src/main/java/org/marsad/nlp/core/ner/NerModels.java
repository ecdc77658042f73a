package org.marsad.nlp.core.ner;

import org.marsad.nlp.core.ArabicNameLists;
import org.marsad.nlp.core.EnglishNameWords;
import org.marsad.nlp.core.WordFrequencies;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The trained entity taggers by language: {@code org/marsad/nlp/lexicon/ner-ar.bin.gz} and {@code ner-en.bin.gz}
 * (written by the trainer, {@code ./marsad train-ner}), with their features, which read the word clusters
 * {@code clusters-ar.tsv.gz} and {@code clusters-en.tsv.gz} ({@code ./marsad build-clusters}). A language without a
 * model is left to the rules.
 */
public final class NerModels {

    public static final String DIRECTORY = "/org/marsad/nlp/lexicon/";

    private final Map<String, EntityTagger> taggers;

    private NerModels(Map<String, EntityTagger> taggers) {
        this.taggers = Map.copyOf(taggers);
    }

    /** No model: the rules alone (what the trainer runs to compute the rules' features). */
    public static NerModels none() {
        return new NerModels(Map.of());
    }

    public static NerModels of(Map<String, EntityTagger> taggers) {
        return new NerModels(taggers);
    }

    /** The committed models, those that exist. */
    public static NerModels loadDefault() {
        Map<String, EntityTagger> taggers = new java.util.HashMap<>();
        SequenceModel arabic = read(resource("ar"));
        if (arabic != null) {
            taggers.put("ar", new EntityTagger(arabicFeatures(), arabic));
        }
        SequenceModel english = read(resource("en"));
        if (english != null) {
            taggers.put("en", new EntityTagger(englishFeatures(), english));
        }
        return new NerModels(taggers);
    }

    public static FeatureExtractor features(String language) {
        return "en".equals(language) ? englishFeatures() : arabicFeatures();
    }

    public static String resource(String language) {
        return DIRECTORY + "ner-" + language + ".bin.gz";
    }

    /** The tagger for a language, or null. */
    public EntityTagger forLanguage(String language) {
        return taggers.get(language);
    }

    private static FeatureExtractor arabicFeatures() {
        return new ArabicFeatures(WordFrequencies.loadDefault(), ArabicNameLists.givenNames(),
                WordClusters.loadDefault("ar"));
    }

    private static FeatureExtractor englishFeatures() {
        return new EnglishFeatures(EnglishNameWords.loadDefault(), WordClusters.loadDefault("en"));
    }

    private static SequenceModel read(String resource) {
        try (InputStream in = NerModels.class.getResourceAsStream(resource)) {
            return in == null ? null : SequenceModel.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tagger model " + resource, e);
        }
    }
}
