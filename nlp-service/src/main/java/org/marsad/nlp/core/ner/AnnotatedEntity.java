package org.marsad.nlp.core.ner;

import org.marsad.events.EntityType;

import java.util.List;

/**
 * An entity as an annotator wrote it for a whole article: its type and every surface form the text uses
 * (without attached proclitics and titles; docs/eval.md).
 */
public record AnnotatedEntity(EntityType type, List<String> forms) {

    public AnnotatedEntity {
        forms = List.copyOf(forms);
    }
}
