package org.marsad.gateway.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.events.ArticleStored;
import org.marsad.events.StoryUpdated;

import java.io.IOException;

/** Reads the value of a streamed record, strictly: anything else is refused with the reason. */
@ApplicationScoped
public class StreamRecords {

    private final ObjectMapper json;

    public StreamRecords(ObjectMapper json) {
        this.json = json;
    }

    /**
     * @throws IllegalArgumentException when the bytes are not the topic's announcement (the listener
     *                                  dead-letters such records; a catch-up read skips them, as the listener did)
     */
    public StreamEvent parse(String topic, int partition, long offset, byte[] value) {
        if (value == null || value.length == 0) {
            throw new IllegalArgumentException("empty value on " + topic);
        }
        try {
            if (ArticleStored.TOPIC.equals(topic)) {
                ArticleStored article = json.readValue(value, ArticleStored.class);
                require(article != null && article.id() != null && !article.id().isBlank(), "ArticleStored without an id");
                return new StreamEvent(new StreamPartition(topic, partition), offset, article);
            }
            if (StoryUpdated.TOPIC.equals(topic)) {
                StoryUpdated story = json.readValue(value, StoryUpdated.class);
                require(story != null && story.storyId() != null && !story.storyId().isBlank(),
                        "StoryUpdated without a storyId");
                return new StreamEvent(new StreamPartition(topic, partition), offset, story);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON of " + topic + ": " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("not a streamed topic: " + topic);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
