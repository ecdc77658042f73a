package org.marsad.bench.eval;

import org.marsad.events.EntityType;

import java.util.List;

/**
 * One real entity an annotator found in a gold article: its type, a canonical name, and every surface form under
 * which the text names it (without attached one-letter proclitics, without titles).
 */
public record GoldEntity(EntityType type, String name, List<String> forms) {

    public GoldEntity {
        forms = List.copyOf(forms);
    }
}
