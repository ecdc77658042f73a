package org.marsad.nlp.core.ner;

import org.marsad.events.EntityType;

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
        return spans.stream().map(s -> withoutTitle(s, document)).map(s -> new TaggedSpan(s.from(), s.to(), s.type(),
                features.procliticLength(document.tokens().get(s.from())))).toList();
    }

    /** A person's name without the title the tagger took with it (الملك سلمان -> سلمان), as annotated. */
    private TaggedSpan withoutTitle(TaggedSpan span, NerDocument document) {
        int from = span.from();
        while (span.type() == EntityType.PERSON && span.to() - from >= 2
                && features.isTitle(document.tokens().get(from))) {
            from++;
        }
        return from == span.from() ? span : new TaggedSpan(from, span.to(), span.type());
    }

    public SequenceModel model() {
        return model;
    }
}
