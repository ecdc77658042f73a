package org.marsad.bench.eval;

import java.util.List;

/** A gold-set article: where its text is ({@code corpus} + {@code id} in ../shared/data) and its annotations. */
public record GoldArticle(String corpus, String id, String language, String outlet, List<GoldEntity> entities) {

    public GoldArticle {
        entities = List.copyOf(entities);
    }
}
