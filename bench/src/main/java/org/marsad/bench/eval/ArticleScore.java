package org.marsad.bench.eval;

import org.marsad.events.EntityType;

import java.util.List;
import java.util.Map;

/**
 * One article's result: counts per type, the type-agnostic counts, and what went wrong (gold entities not found,
 * predictions that match no gold entity) for the error listing.
 */
public record ArticleScore(GoldArticle article, Map<EntityType, Counts> byType, Counts typeAgnostic,
                           List<GoldEntity> misses, List<PredictedEntity> falsePositives) {

    public ArticleScore {
        byType = Map.copyOf(byType);
        misses = List.copyOf(misses);
        falsePositives = List.copyOf(falsePositives);
    }

    public Counts all() {
        return byType.values().stream().reduce(Counts.ZERO, Counts::plus);
    }
}
