package org.marsad.store.comparison;

import org.marsad.events.Entity;
import org.marsad.store.comparison.StoryComparison.OutletEntity;
import org.marsad.store.comparison.StoryComparison.SharedEntity;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which entities every outlet mentions, and which only some do. Entities are matched by their canonical id. */
final class EntityComparison {

    /** Entities mentioned by every outlet, most mentioned (over all outlets) first. */
    List<SharedEntity> shared(Map<String, List<ComparedArticle>> byOutlet) {
        Map<String, Map<String, OutletEntity>> counts = countsByOutlet(byOutlet);
        if (counts.isEmpty()) {
            return List.of();
        }
        List<String> outlets = List.copyOf(counts.keySet());
        Map<String, OutletEntity> first = counts.get(outlets.get(0));
        return first.keySet().stream()
                .filter(id -> counts.values().stream().allMatch(c -> c.containsKey(id)))
                .sorted(Comparator.comparingInt((String id) -> -totalMentions(counts, id)).thenComparing(id -> id))
                .map(id -> {
                    OutletEntity e = first.get(id);
                    return new SharedEntity(id, e.type(), e.name(), outlets);
                })
                .toList();
    }

    /** Per outlet, the entities it mentions that at least one other outlet does not, most mentioned first. */
    Map<String, List<OutletEntity>> byOutlet(Map<String, List<ComparedArticle>> byOutlet) {
        Map<String, Map<String, OutletEntity>> counts = countsByOutlet(byOutlet);
        Map<String, List<OutletEntity>> result = new LinkedHashMap<>();
        counts.forEach((outlet, entities) -> result.put(outlet, entities.values().stream()
                .filter(e -> !counts.values().stream().allMatch(c -> c.containsKey(e.id())))
                .sorted(Comparator.comparingInt(OutletEntity::mentions).reversed().thenComparing(OutletEntity::id))
                .toList()));
        return result;
    }

    private static Map<String, Map<String, OutletEntity>> countsByOutlet(Map<String, List<ComparedArticle>> byOutlet) {
        Map<String, Map<String, OutletEntity>> counts = new LinkedHashMap<>();
        byOutlet.forEach((outlet, articles) -> {
            Map<String, OutletEntity> entities = new LinkedHashMap<>();
            for (ComparedArticle article : articles) {
                for (Entity e : article.entities()) {
                    int mentions = e.mentions() == null || e.mentions().isEmpty() ? 1 : e.mentions().size();
                    entities.merge(e.id(), new OutletEntity(e.id(), e.type(), e.name(), mentions),
                            (a, b) -> new OutletEntity(a.id(), a.type(), a.name(), a.mentions() + b.mentions()));
                }
            }
            counts.put(outlet, entities);
        });
        return counts;
    }

    private static int totalMentions(Map<String, Map<String, OutletEntity>> counts, String id) {
        return counts.values().stream().mapToInt(c -> c.get(id).mentions()).sum();
    }
}
