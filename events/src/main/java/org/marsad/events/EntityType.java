package org.marsad.events;

/** The coarse entity classes Marsad recognises. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, MISC
}
