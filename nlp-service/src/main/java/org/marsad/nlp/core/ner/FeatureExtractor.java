package org.marsad.nlp.core.ner;

import org.marsad.nlp.core.Token;

import java.util.List;

/** Turns a document into each token's feature hashes, for one language. */
public interface FeatureExtractor {

    /** The feature set's name and version, written into the models trained with it. */
    String name();

    long[][] extract(NerDocument document);

    /**
     * The word forms the features read, one per token: what word clusters are keyed by, so that the cluster
     * builder and the tagger agree. Normalised forms unless a language splits them further.
     */
    default String[] words(List<Token> tokens) {
        return tokens.stream().map(Token::norm).toArray(String[]::new);
    }

    /** How many normalised characters at the start of the token are attached proclitics, not part of a name. */
    default int procliticLength(Token token) {
        return 0;
    }

    /** Whether the token is a title (الملك, President): names are annotated without them. */
    default boolean isTitle(Token token) {
        return false;
    }
}
