package org.marsad.gateway.stream;

import org.marsad.events.ArticleStored;
import org.marsad.events.StoryUpdated;

/**
 * One record of the live stream: where it sits in Kafka and what it announces.
 *
 * @param payload an {@link ArticleStored} or a {@link StoryUpdated}
 */
public record StreamEvent(StreamPartition partition, long offset, Object payload) {

    public StreamEvent {
        if (!(payload instanceof ArticleStored) && !(payload instanceof StoryUpdated)) {
            throw new IllegalArgumentException("not a streamed payload: " + payload);
        }
    }

    /** The SSE event name: {@code article} or {@code story}. */
    public String name() {
        return payload instanceof ArticleStored ? "article" : "story";
    }

    /** Whether a client asking only for this language and outlet (null = any) wants it. */
    public boolean matches(String language, String outlet) {
        if (payload instanceof ArticleStored article) {
            return (language == null || language.equalsIgnoreCase(article.language()))
                    && (outlet == null || outlet.equals(article.outlet()));
        }
        StoryUpdated story = (StoryUpdated) payload;
        return (language == null || story.languages() == null
                || story.languages().stream().anyMatch(language::equalsIgnoreCase))
                && (outlet == null || story.outlets() == null || story.outlets().contains(outlet));
    }
}
