package org.marsad.store.comparison;

import java.util.List;
import java.util.Optional;

/**
 * Kinds of fact news figures are given for, known by words near the figure, so that "مقتل 12 مدنيا",
 * "استشهاد 3 مدنيين" and "15 killed" are all counts of deaths. Words are matched as stems from {@link TermExtractor}
 * (Arabic normalised: ة is ه, ى is ي); Arabic roots anywhere in the word ("وتقتل", "قتلى"), English by prefix.
 */
final class NumberKinds {

    private record Kind(String name, List<String> arabicRoots, List<String> englishPrefixes) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("deaths", List.of("قتل", "قتيل", "شهيد", "شهدا", "استشهاد", "وفاه", "توفي", "مصرع", "موت"),
                    List.of("kill", "dead", "death", "die", "fatal")),
            new Kind("injuries", List.of("جرح", "جريح", "مصاب", "اصابه", "اصيب"), List.of("injur", "wound", "hurt")),
            new Kind("arrests", List.of("اعتقال", "معتقل", "اعتقل", "توقيف", "اوقف"), List.of("arrest", "detain")),
            new Kind("displaced", List.of("نازح", "نزوح", "لاجي", "لاجئ", "تهجير", "مهجر"),
                    List.of("refuge", "displac")));

    private NumberKinds() {
    }

    /** The kind a context stem names, if it names one. */
    static Optional<String> of(String stem) {
        return KINDS.stream()
                .filter(k -> k.arabicRoots().stream().anyMatch(stem::contains)
                        || k.englishPrefixes().stream().anyMatch(stem::startsWith))
                .map(Kind::name)
                .findFirst();
    }
}
