package org.marsad.gateway.stream;

import org.marsad.events.ArticleStored;
import org.marsad.events.StoryUpdated;

import java.util.Map;

/**
 * One partition of a topic the live stream follows, with the one-letter code that names its topic inside event
 * ids ({@code a} = articles.stored, {@code s} = stories.updated), so that ids stay short.
 */
public record StreamPartition(String topic, int partition) implements Comparable<StreamPartition> {

    private static final Map<String, String> CODES = Map.of(ArticleStored.TOPIC, "a", StoryUpdated.TOPIC, "s");
    private static final Map<String, String> TOPICS = Map.of("a", ArticleStored.TOPIC, "s", StoryUpdated.TOPIC);

    public StreamPartition {
        if (!CODES.containsKey(topic) || partition < 0) {
            throw new IllegalArgumentException("not a streamed partition: " + topic + "-" + partition);
        }
    }

    /** {@code a0}, {@code s3}: the partition as written in an event id. */
    String code() {
        return CODES.get(topic) + partition;
    }

    static StreamPartition ofCode(String code) {
        if (code.length() < 2 || !TOPICS.containsKey(code.substring(0, 1))) {
            throw new IllegalArgumentException("unknown partition code " + code);
        }
        return new StreamPartition(TOPICS.get(code.substring(0, 1)), Integer.parseInt(code.substring(1)));
    }

    @Override
    public int compareTo(StreamPartition other) {
        int byTopic = topic.compareTo(other.topic);
        return byTopic != 0 ? byTopic : Integer.compare(partition, other.partition);
    }
}
