package org.marsad.store.domain;

/** An entity as listed inside an article summary. */
public record EntityRef(String id, String type, String name) {
}
