package org.marsad.store.story;

/**
 * What story matching measures between an article and a candidate story, each feature a number the learned
 * {@link MatchWeights} combine. The entity cosine is split by type (its parts add up to the whole), since a
 * shared person says more about the event than a shared country; times are log-scaled hours, so the first hours
 * weigh most.
 *
 * @param title         cosine of the article's title terms with the story's core titles
 * @param terms         cosine of the article's terms (title, lead and the next paragraphs) with the story's
 * @param persons       the part of the entity cosine that persons carry
 * @param organisations the part organisations carry
 * @param places        the part places carry
 * @param others        the part other entities carry
 * @param sinceStart    ln(1 + hours between the story's first article and this one)
 * @param outsideSpan   ln(1 + hours this article lies outside the story's span: since its last article, usually)
 * @param size          ln(the story's article count)
 */
public record MatchFeatures(double title, double terms, double persons, double organisations, double places,
                            double others, double sinceStart, double outsideSpan, double size) {

    /** The features in the order of {@link MatchWeights#of(double[])} after its bias. */
    public double[] values() {
        return new double[]{title, terms, persons, organisations, places, others, sinceStart, outsideSpan, size};
    }
}
