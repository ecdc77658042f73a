package org.marsad.nlp.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The lexicon together with ICU's countries and cities, in the order in which their names are claimed. */
public final class KnownEntities {

    private KnownEntities() {
    }

    /**
     * Lexicon first, then countries, then cities: the first owner of a name keeps it. A lexicon row with a
     * place's id (loc:SY) adds its names to that place.
     */
    public static List<LexiconEntry> withPlaces(List<LexiconEntry> lexicon) {
        Map<String, LexiconEntry> places = new LinkedHashMap<>();
        PlaceNames.countries().forEach(c -> places.put(c.id(), c));
        PlaceNames.cities().forEach(c -> places.putIfAbsent(c.id(), c));
        List<LexiconEntry> ordered = new ArrayList<>();
        for (LexiconEntry entry : lexicon) {
            LexiconEntry icu = places.remove(entry.id());
            ordered.add(icu == null ? entry : entry.mergedWith(icu));
        }
        ordered.addAll(places.values());
        return ordered;
    }
}
