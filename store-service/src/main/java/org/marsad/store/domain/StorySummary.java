package org.marsad.store.domain;

import java.time.Instant;
import java.util.List;

/** A story in a list (CONVENTIONS.md, "Stories"). */
public record StorySummary(String id, String title, int articleCount, List<OutletCount> outlets,
                           List<String> languages, Instant firstPublishedAt, Instant lastPublishedAt,
                           Instant updatedAt, List<EntityRef> topEntities, String storylineId) {

    /** How many entities a summary carries at most. */
    public static final int MAX_ENTITIES = 8;

    /** How many articles one outlet contributed to a story. */
    public record OutletCount(String outlet, int articleCount) {
    }

    public StorySummary with(List<OutletCount> outletCounts, List<String> languageCodes, List<EntityRef> entities) {
        return new StorySummary(id, title, articleCount, outletCounts, languageCodes, firstPublishedAt,
                lastPublishedAt, updatedAt, entities, storylineId);
    }
}
