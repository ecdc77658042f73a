package org.marsad.store.story;

import java.util.Map;
import java.util.Set;

/**
 * An article's unit-length vectors as weighted against the corpus when it arrived: entities (type weight x
 * rarity x log mentions), stemmed terms (log tf x idf) and its title's terms alone (weighed the same way);
 * {@code keys} are its index keys (its rarest key entities and terms), which find candidate stories and which it
 * posts for its own story.
 */
public record ArticleVectors(Map<String, Double> entities, Map<String, Double> terms, Map<String, Double> titles,
                             Set<String> keys) {
}
