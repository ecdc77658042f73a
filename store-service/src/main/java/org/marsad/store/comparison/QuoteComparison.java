package org.marsad.store.comparison;

import org.marsad.events.Quote;
import org.marsad.store.comparison.StoryComparison.OutletQuote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The quotes each outlet carried, marking those other outlets carried too. Two quotes are the same when their stems
 * nearly coincide (Jaccard ≥ 0.6), or when one outlet quotes a part of what another quotes at length (at least
 * three stems and 60 % of the shorter quote's are in the longer): outlets cut, re-punctuate and retell the same
 * words ("لا إنسانية وغير أخلاقية" for "غير إنساني.. غير أخلاقي").
 */
final class QuoteComparison {

    static final double MIN_JACCARD = 0.6;
    static final double MIN_CONTAINMENT = 0.6;
    static final int MIN_COMMON_STEMS = 3;

    private final TermExtractor terms;

    QuoteComparison(TermExtractor terms) {
        this.terms = terms;
    }

    List<OutletQuote> compare(Map<String, List<ComparedArticle>> byOutlet) {
        List<Carried> carried = new ArrayList<>();
        byOutlet.forEach((outlet, articles) -> articles.forEach(article -> article.quotes().forEach(q ->
                carried.add(new Carried(outlet, article.id(), q, terms.stems(q.text(), article.language()))))));
        return carried.stream()
                .map(c -> new OutletQuote(c.outlet(), c.articleId(), c.quote().speaker(), c.quote().text(),
                        byOutlet.keySet().stream()
                                .filter(other -> !other.equals(c.outlet()))
                                .filter(other -> carried.stream().anyMatch(
                                        o -> o.outlet().equals(other) && sameWords(c.stems(), o.stems())))
                                .toList()))
                .toList();
    }

    static boolean sameWords(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        long common = a.stream().filter(b::contains).count();
        double jaccard = (double) common / (a.size() + b.size() - common);
        int smaller = Math.min(a.size(), b.size());
        return jaccard >= MIN_JACCARD
                || (common >= MIN_COMMON_STEMS && (double) common / smaller >= MIN_CONTAINMENT);
    }

    private record Carried(String outlet, String articleId, Quote quote, Set<String> stems) {
    }
}
