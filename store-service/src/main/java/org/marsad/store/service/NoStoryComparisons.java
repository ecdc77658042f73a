package org.marsad.store.service;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.events.EnrichedArticle;

import java.util.List;
import java.util.Optional;

/** Stands in until a {@link StoryComparisons} backed by StoryComparer is present: no comparison. */
@DefaultBean
@ApplicationScoped
public class NoStoryComparisons implements StoryComparisons {

    @Override
    public Optional<Object> compare(List<EnrichedArticle> articles) {
        return Optional.empty();
    }
}
