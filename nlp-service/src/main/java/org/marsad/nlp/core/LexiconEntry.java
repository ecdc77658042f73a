package org.marsad.nlp.core;

import org.marsad.events.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * A known entity: its stable id, type, Arabic and English canonical names, and other names it goes by.
 * Aliases marked {@code ~} in the lexicon are adjectives too and are kept in {@link #adjectiveAliases()}.
 */
public record LexiconEntry(String id, EntityType type, String nameAr, String nameEn, List<String> aliases,
                           List<String> adjectiveAliases) {

    /** The canonical name in the article's language when there is one, else the other. */
    public String name(String language) {
        if ("ar".equals(language)) {
            return nameAr.isEmpty() ? nameEn : nameAr;
        }
        return nameEn.isEmpty() ? nameAr : nameEn;
    }

    /** Every name, canonical ones first, without duplicates. */
    public List<String> allNames() {
        List<String> names = new ArrayList<>();
        addDistinct(names, nameAr);
        addDistinct(names, nameEn);
        aliases.forEach(a -> addDistinct(names, a));
        adjectiveAliases.forEach(a -> addDistinct(names, a));
        return names;
    }

    /** This entry with the names of {@code more} added; this entry's own names stay canonical. */
    public LexiconEntry mergedWith(LexiconEntry more) {
        List<String> merged = new ArrayList<>(aliases);
        for (String name : more.allNames()) {
            if (!name.equals(nameAr) && !name.equals(nameEn) && !more.adjectiveAliases.contains(name)) {
                addDistinct(merged, name);
            }
        }
        List<String> adjectives = new ArrayList<>(adjectiveAliases);
        more.adjectiveAliases.forEach(a -> addDistinct(adjectives, a));
        return new LexiconEntry(id, type, nameAr, nameEn, List.copyOf(merged), List.copyOf(adjectives));
    }

    private static void addDistinct(List<String> names, String name) {
        if (name != null && !name.isEmpty() && !names.contains(name)) {
            names.add(name);
        }
    }
}
