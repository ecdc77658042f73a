package org.marsad.store.domain;

import java.util.List;

/** An entity as one article names it, and how many times that article mentions it. */
public record EntityMentions(String id, String type, String name, List<String> aliases, int mentions) {
}
