package org.marsad.events;

/** Names of the Kafka topics in the contract (DESIGN.md). */
public final class Topics {
    public static final String RAW = RawArticle.TOPIC;
    public static final String ENRICHED = EnrichedArticle.TOPIC;
    public static final String STORED = ArticleStored.TOPIC;
    public static final String STORIES = StoryUpdated.TOPIC;
    /** Everything that could not be processed, with the reason in headers and the original bytes as value. */
    public static final String DEAD_LETTER = "articles.dlq";

    private Topics() {
    }
}
