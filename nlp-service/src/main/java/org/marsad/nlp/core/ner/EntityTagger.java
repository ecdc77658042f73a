package org.marsad.nlp.core.ner;

import java.util.List;

/** A trained model with the features it was trained on: a document in, the names it tags out. Thread-safe. */
public final class EntityTagger {

    private final FeatureExtractor features;
    private final SequenceModel model;

    public EntityTagger(FeatureExtractor features, SequenceModel model) {
        if (!features.name().equals(model.featureSet())) {
            throw new IllegalArgumentException("the model was trained with features " + model.featureSet()
                    + ", not " + features.name() + ": retrain it (./marsad train-ner)");
        }
        this.features = features;
        this.model = model;
    }

    public List<TaggedSpan> tag(NerDocument document) {
        List<TaggedSpan> spans = BioEncoder.decode(model.decode(features.extract(document),
                Gaps.breaks(document.text(), document.tokens())));
        return spans.stream().map(s -> new TaggedSpan(s.from(), s.to(), s.type(),
                features.procliticLength(document.tokens().get(s.from())))).toList();
    }

    public SequenceModel model() {
        return model;
    }
}
