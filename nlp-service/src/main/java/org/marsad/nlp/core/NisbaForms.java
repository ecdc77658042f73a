package org.marsad.nlp.core;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The relative adjectives (nisba) of country names, normalised: سوريا gives سوري, سوريه, السوري, السوريه. A place
 * name that is also such an adjective (سورية is both Syria and "Syrian") is a mention of the place only after a
 * preposition; the adjectives themselves (الروسي, السورية) are never place mentions.
 */
public final class NisbaForms {

    private final Set<String> forms = new HashSet<>();

    public NisbaForms(List<LexiconEntry> countries) {
        for (LexiconEntry country : countries) {
            String norm = ArabicNormalizer.normalize(country.nameAr());
            if (norm.isEmpty() || norm.indexOf(' ') >= 0) {
                continue;
            }
            String stem = norm.startsWith("ال") ? norm.substring(2) : norm;
            if (stem.endsWith("يا") && stem.length() > 3) {
                stem = stem.substring(0, stem.length() - 2);
            } else if ((stem.endsWith("ا") || stem.endsWith("ه")) && stem.length() > 2) {
                stem = stem.substring(0, stem.length() - 1);
            }
            for (String ending : new String[]{"ي", "يه", "يين", "يون"}) {
                forms.add(stem + ending);
                forms.add("ال" + stem + ending);
            }
        }
    }

    public boolean contains(String norm) {
        return forms.contains(norm);
    }
}
