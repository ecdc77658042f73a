package org.marsad.store.comparison;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Compares how the outlets of one story told it: the entities they share and those only some mention, the terms
 * each favours, the quotes they carried and the figures they gave. Build once; thread-safe and framework-free.
 */
public final class StoryComparer {

    private final EntityComparison entities = new EntityComparison();
    private final TermExtractor terms = new TermExtractor();
    private final FavouredTerms favouredTerms = new FavouredTerms();
    private final QuoteComparison quotes = new QuoteComparison(terms);
    private final NumberComparison numbers = new NumberComparison(terms);

    /** The comparison of a story's articles (any order; an empty list gives an empty comparison). */
    public StoryComparison compare(List<ComparedArticle> articles) {
        Map<String, List<ComparedArticle>> byOutlet = byOutlet(articles);
        List<String> outlets = List.copyOf(byOutlet.keySet());
        return new StoryComparison(outlets,
                entities.shared(byOutlet),
                entities.byOutlet(byOutlet),
                favouredTerms.compute(termsByOutlet(byOutlet)),
                quotes.compare(byOutlet),
                numbers.compare(byOutlet));
    }

    /** Articles grouped by outlet, the earliest publisher first (then by name, so the order is stable). */
    static Map<String, List<ComparedArticle>> byOutlet(List<ComparedArticle> articles) {
        return articles.stream()
                .sorted(Comparator.comparing(ComparedArticle::publishedAt,
                                Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
                        .thenComparing(ComparedArticle::outlet).thenComparing(ComparedArticle::id))
                .collect(Collectors.groupingBy(ComparedArticle::outlet, LinkedHashMap::new, Collectors.toList()));
    }

    private Map<String, List<TermExtractor.Occurrence>> termsByOutlet(Map<String, List<ComparedArticle>> byOutlet) {
        Map<String, List<TermExtractor.Occurrence>> result = new LinkedHashMap<>();
        byOutlet.forEach((outlet, articles) -> result.put(outlet, articles.stream()
                .flatMap(a -> terms.extract(a.cleanText(), a.language()).stream())
                .toList()));
        return result;
    }
}
