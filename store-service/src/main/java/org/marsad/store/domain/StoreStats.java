package org.marsad.store.domain;

import java.time.Instant;
import java.util.Map;

/** Counts over the whole store; the maps are ordered from the largest count down. */
public record StoreStats(long articles, long entities, long stories, Map<String, Long> byLanguage, Map<String, Long> byOutlet,
                         Instant lastStoredAt) {
}
