package org.marsad.store.domain;

import java.util.List;

/** An entity with how many stored articles mention it and how many mentions they hold in all. */
public record EntityStats(String id, String type, String name, List<String> aliases, long articleCount,
                          long mentionCount) {
}
