package org.marsad.ingest;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.marsad.events.EventsJson;
import org.marsad.events.RawArticle;
import org.marsad.events.Topics;
import org.marsad.localstack.test.TestKafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** Reads back what the service wrote to articles.raw in the test broker. */
public final class RawTopic {

    private RawTopic() {
    }

    public static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    /** Records with this key, waiting until {@code atLeast} arrived or {@code timeout} passed. */
    public static List<ConsumerRecord<String, byte[]>> withKey(String key, int atLeast, Duration timeout) {
        return TestKafka.poll(bootstrap(), Topics.RAW, r -> key.equals(r.key()), atLeast, timeout);
    }

    /** Articles matching {@code filter}, waiting until {@code atLeast} arrived or {@code timeout} passed. */
    public static List<RawArticle> articles(Predicate<RawArticle> filter, int atLeast, Duration timeout) {
        return TestKafka.poll(bootstrap(), Topics.RAW, r -> filter.test(parse(r.value())), atLeast, timeout)
                .stream().map(r -> parse(r.value())).toList();
    }

    public static RawArticle parse(byte[] value) {
        try {
            return EventsJson.newMapper().readValue(value, RawArticle.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
