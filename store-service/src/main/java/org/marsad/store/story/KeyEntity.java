package org.marsad.store.story;

import org.marsad.events.EntityType;

/** An entity an article names, as story matching sees it: its id, its type and how often it is mentioned. */
public record KeyEntity(String id, EntityType type, int mentions) {
}
