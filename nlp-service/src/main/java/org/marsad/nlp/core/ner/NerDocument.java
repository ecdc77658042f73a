package org.marsad.nlp.core.ner;

import org.marsad.events.Entity;
import org.marsad.nlp.core.Token;

import java.util.List;

/**
 * What the tagger reads: an article's clean text, its tokens, and the entities the rules and lexicons found in
 * it (their spans and types are features: the model learns when to trust them).
 */
public record NerDocument(String text, List<Token> tokens, List<Entity> ruleEntities) {

    public NerDocument {
        tokens = List.copyOf(tokens);
        ruleEntities = List.copyOf(ruleEntities);
    }
}
