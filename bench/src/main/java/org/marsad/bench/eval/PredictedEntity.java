package org.marsad.bench.eval;

import org.marsad.events.Entity;
import org.marsad.events.EntityType;
import org.marsad.events.Mention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What the system said about one entity of an article: its type, name, and the texts of its mentions. */
public record PredictedEntity(EntityType type, String name, List<String> mentions) {

    public PredictedEntity {
        mentions = List.copyOf(mentions);
    }

    public static PredictedEntity of(Entity entity) {
        Set<String> texts = new LinkedHashSet<>();
        for (Mention m : entity.mentions() == null ? List.<Mention>of() : entity.mentions()) {
            texts.add(m.text());
        }
        return new PredictedEntity(entity.type(), entity.name(), new ArrayList<>(texts));
    }

    /** The name and every mention: any of them may match a gold form. */
    public List<String> texts() {
        List<String> all = new ArrayList<>(mentions.size() + 1);
        all.add(name);
        all.addAll(mentions);
        return all;
    }
}
