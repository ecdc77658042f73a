package org.marsad.events;

import java.util.List;

/**
 * A named entity found in an article.
 *
 * @param id       canonical id, stable across articles and languages (e.g. {@code loc:SY} for Syria)
 * @param type     its class
 * @param name     canonical display name
 * @param aliases  other names known for it, in every script (may be empty)
 * @param mentions where it is mentioned in {@code cleanText}
 */
public record Entity(String id, EntityType type, String name, List<String> aliases, List<Mention> mentions) {
}
