package org.marsad.nlp.core.ner;

import org.marsad.events.EntityType;

/**
 * The tagger's labels as small integers: {@code O}, then {@code B-} and {@code I-} for each entity type. An
 * {@code I-X} may only follow {@code B-X} or {@code I-X}; decoding enforces it, so every tagged run is a name.
 */
public final class BioLabels {

    public static final int OUTSIDE = 0;
    private static final EntityType[] TYPES = EntityType.values();
    public static final int COUNT = 1 + 2 * TYPES.length;

    private BioLabels() {
    }

    public static int begin(EntityType type) {
        return 1 + 2 * type.ordinal();
    }

    public static int inside(EntityType type) {
        return 2 + 2 * type.ordinal();
    }

    /** The type of a B- or I- label; null for O. */
    public static EntityType type(int label) {
        return label == OUTSIDE ? null : TYPES[(label - 1) / 2];
    }

    public static boolean isBegin(int label) {
        return label != OUTSIDE && (label - 1) % 2 == 0;
    }

    public static boolean isInside(int label) {
        return label != OUTSIDE && (label - 1) % 2 == 1;
    }

    /** Whether {@code label} may follow {@code previous} (-1 at the start of the document). */
    public static boolean allowed(int previous, int label) {
        if (!isInside(label)) {
            return true;
        }
        return previous >= 0 && previous != OUTSIDE && type(previous) == type(label);
    }

    public static String name(int label) {
        return NAMES[label];
    }

    private static final String[] NAMES = new String[COUNT];

    static {
        NAMES[OUTSIDE] = "O";
        for (EntityType type : TYPES) {
            NAMES[begin(type)] = "B-" + type.name();
            NAMES[inside(type)] = "I-" + type.name();
        }
    }
}
