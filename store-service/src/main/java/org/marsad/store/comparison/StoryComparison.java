package org.marsad.store.comparison;

import org.marsad.events.EntityType;
import org.marsad.events.Quote;

import java.util.List;
import java.util.Map;

/**
 * How the outlets of one story told it: the {@code comparison} of {@code GET /stories/{id}}. Serialised as is
 * (records, field names and order are the wire format in docs/CONVENTIONS.md); maps keep the order of
 * {@link #outlets()}.
 *
 * @param outlets          the story's outlets, earliest publisher first
 * @param sharedEntities   entities every outlet mentions, most mentioned first
 * @param entitiesByOutlet per outlet, the entities it mentions that not all others do, most mentioned first
 * @param favouredTerms    per outlet, the terms it uses more than the others, highest score first
 * @param quotes           every quote, by outlet in the order of {@link #outlets()}
 * @param numbers          the figures reported for the same kind of fact, disagreements first
 */
public record StoryComparison(
        List<String> outlets,
        List<SharedEntity> sharedEntities,
        Map<String, List<OutletEntity>> entitiesByOutlet,
        Map<String, List<FavouredTerm>> favouredTerms,
        List<OutletQuote> quotes,
        List<NumberGroup> numbers) {

    /** An entity every outlet of the story mentions. */
    public record SharedEntity(String id, EntityType type, String name, List<String> outlets) {
    }

    /** An entity as one outlet mentions it: {@code mentions} counts over all its articles of the story. */
    public record OutletEntity(String id, EntityType type, String name, int mentions) {
    }

    /**
     * A term (stem or stem bigram) an outlet favours.
     *
     * @param term       the normalised, stemmed key ("رئيس نظام")
     * @param display    its most frequent form as written ("رئيس النظام")
     * @param count      occurrences in this outlet's articles
     * @param otherCount occurrences in the other outlets' articles
     * @param score      z-score of the weighted log-odds ratio with an informative Dirichlet prior
     */
    public record FavouredTerm(String term, String display, int count, int otherCount, double score) {
    }

    /** A quote one outlet carried; {@code sharedWith} names the other outlets that carried nearly the same words. */
    public record OutletQuote(String outlet, String articleId, Quote.Speaker speaker, String text,
                              List<String> sharedWith) {
    }

    /** The figures the outlets gave for one kind of fact ("deaths" in "people"), and whether they agree. */
    public record NumberGroup(String kind, String unit, List<ReportedNumber> values, Agreement agreement) {
    }

    /** One figure as an outlet wrote it. */
    public record ReportedNumber(String outlet, String articleId, double value, String text) {
    }

    /** Constant names are the wire values. */
    public enum Agreement {
        /** Every outlet that gave this kind of figure gave a common value. */
        agree,
        /** The outlets gave different values. */
        disagree,
        /** Only one outlet gave this kind of figure. */
        single
    }
}
