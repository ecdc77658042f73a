package org.marsad.store.comparison;

import org.marsad.store.comparison.StoryComparison.FavouredTerm;
import org.marsad.store.comparison.TermExtractor.Occurrence;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terms each outlet favours over the others of the story: the weighted log-odds ratio with an informative
 * Dirichlet prior of Monroe, Colaresi and Quinn ("Fightin' Words", Political Analysis 16(4), 2008), eq. 22, each
 * outlet against all the others pooled. As in their own example, the prior is the pooled counts of all the text
 * compared (α_w = the story's count of w, α_0 = its number of terms): a term every side uses a lot is not favoured,
 * and a difference of a few counts is shrunk towards none.
 */
final class FavouredTerms {

    /** Terms kept per outlet. */
    static final int LIMIT = 15;
    /** A term said once may be chance; favoured means said at least twice. */
    static final int MIN_COUNT = 2;
    /**
     * Two short reports give little evidence, so z-scores stay small (a term six times on one side and never on the
     * other scores about 1.4); the ranking matters more than the level. Below this, a term is about as common on
     * both sides.
     */
    static final double MIN_SCORE = 0.5;

    private final double minScore;

    FavouredTerms() {
        this(MIN_SCORE);
    }

    FavouredTerms(double minScore) {
        this.minScore = minScore;
    }

    /** Per outlet, its favoured terms, best first; an outlet alone in its story favours nothing. */
    Map<String, List<FavouredTerm>> compute(Map<String, List<Occurrence>> occurrencesByOutlet) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        Map<String, Map<String, Map<String, Integer>>> surfaces = new HashMap<>();
        Map<String, Integer> pooled = new HashMap<>();
        occurrencesByOutlet.forEach((outlet, occurrences) -> {
            Map<String, Integer> c = new HashMap<>();
            Map<String, Map<String, Integer>> s = new HashMap<>();
            for (Occurrence o : occurrences) {
                c.merge(o.term(), 1, Integer::sum);
                s.computeIfAbsent(o.term(), k -> new HashMap<>()).merge(o.surface(), 1, Integer::sum);
                pooled.merge(o.term(), 1, Integer::sum);
            }
            counts.put(outlet, c);
            surfaces.put(outlet, s);
        });
        double total = pooled.values().stream().mapToInt(Integer::intValue).sum();

        Map<String, List<FavouredTerm>> result = new LinkedHashMap<>();
        counts.forEach((outlet, own) -> {
            if (counts.size() < 2) {
                result.put(outlet, List.of());
                return;
            }
            double n = own.values().stream().mapToInt(Integer::intValue).sum();
            double nOther = total - n;
            result.put(outlet, own.entrySet().stream()
                    .filter(e -> e.getValue() >= MIN_COUNT)
                    .map(e -> {
                        String term = e.getKey();
                        int y = e.getValue();
                        int yOther = pooled.get(term) - y;
                        double alpha = pooled.get(term);
                        double score = zScore(y, n, yOther, nOther, alpha, total);
                        return new FavouredTerm(term, mostFrequent(surfaces.get(outlet).get(term)), y, yOther, score);
                    })
                    .filter(t -> t.score() >= minScore)
                    .sorted(Comparator.comparingDouble(FavouredTerm::score).reversed()
                            .thenComparing(FavouredTerm::term))
                    .limit(LIMIT)
                    .toList());
        });
        return result;
    }

    /**
     * δ̂ / σ̂ of Monroe et al. for a term counted y of n terms here and yOther of nOther elsewhere, with prior
     * count alpha of a prior total alpha0.
     */
    static double zScore(int y, double n, int yOther, double nOther, double alpha, double alpha0) {
        double delta = Math.log((y + alpha) / (n + alpha0 - y - alpha))
                - Math.log((yOther + alpha) / (nOther + alpha0 - yOther - alpha));
        double variance = 1 / (y + alpha) + 1 / (yOther + alpha);
        return delta / Math.sqrt(variance);
    }

    private static String mostFrequent(Map<String, Integer> surfaceCounts) {
        // ties go to the alphabetically first form, so the display is stable
        Comparator<Map.Entry<String, Integer>> byCount = Map.Entry.comparingByValue();
        Comparator<Map.Entry<String, Integer>> byForm = Map.Entry.comparingByKey();
        return surfaceCounts.entrySet().stream().max(byCount.thenComparing(byForm.reversed())).orElseThrow().getKey();
    }
}
