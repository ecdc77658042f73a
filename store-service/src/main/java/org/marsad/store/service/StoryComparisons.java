package org.marsad.store.service;

import org.marsad.events.EnrichedArticle;

import java.util.List;
import java.util.Optional;

/**
 * Computes a story's StoryComparison (CONVENTIONS.md) from its articles. The comparison itself is the
 * framework-free {@code org.marsad.store.comparison.StoryComparer}; this seam lets the story API call it, and
 * answers without a comparison (the field is left out) until it is wired.
 */
public interface StoryComparisons {

    Optional<Object> compare(List<EnrichedArticle> articles);
}
