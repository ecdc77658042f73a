package org.marsad.nlp.core;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Clubs and newspapers named like a city or a common word, recognised by the noun the article puts before them
 * once (نادي نيس، فريق ليفربول، صحيفة "الرياض"): every other mention of that name in the article is then the
 * organisation, not the place. Only the name is kept, without the head noun, as the article later writes it bare.
 */
final class ContextNamedOrganizations {

    /** Heads that name what follows whatever it is: نادي الهلال، صحيفة الاقتصادية. */
    private static final Set<String> NAMING_HEADS = normalized("نادي صحيفة جريدة مجلة");
    /** Heads that name what follows only when it is a place: فريق ليفربول, not فريق العمل. */
    private static final Set<String> PLACE_HEADS = normalized("فريق لاعب مدرب");
    private static final String QUOTES = "\"'«»“”";

    private ContextNamedOrganizations() {
    }

    /**
     * Normalised names that follow a naming head somewhere in the article.
     *
     * @param isPlaceAt whether the token at an index starts a known one-word place name
     */
    static Set<String> find(String text, List<Token> tokens, Stopwords stopwords, IntPredicate isPlaceAt) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String head = withoutConjunction(tokens.get(i).norm());
            boolean naming = NAMING_HEADS.contains(head);
            if (!naming && !PLACE_HEADS.contains(head)) {
                continue;
            }
            Token name = tokens.get(i + 1);
            String norm = name.norm();
            if (!name.isArabic() || norm.length() < 3 || stopwords.contains(norm) || !onlySpacesOrQuotes(text,
                    tokens.get(i).end(), name.start())) {
                continue;
            }
            if (isPlaceAt.test(i + 1) || (naming && norm.startsWith("ال") && norm.length() >= 5)) {
                names.add(norm);
            }
        }
        return names;
    }

    private static boolean onlySpacesOrQuotes(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ' ' && QUOTES.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String withoutConjunction(String norm) {
        return norm.length() > 4 && (norm.charAt(0) == 'و' || norm.charAt(0) == 'ف') ? norm.substring(1) : norm;
    }

    private static Set<String> normalized(String words) {
        return Stream.of(words.split("\\s+")).filter(w -> !w.isEmpty()).map(ArabicNormalizer::normalize)
                .collect(Collectors.toUnmodifiableSet());
    }
}
