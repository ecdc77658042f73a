package org.marsad.localstack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.marsad.events.Topics;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Creates Marsad's topics up front with enough partitions for several NLP instances, instead of relying on a
 * broker's auto-creation defaults.
 */
public final class TopicSetup {

    public static final List<String> ALL = List.of(Topics.RAW, Topics.ENRICHED, Topics.STORED, Topics.STORIES,
            Topics.DEAD_LETTER);

    private TopicSetup() {
    }

    public static void ensure(String bootstrapServers, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 30_000))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = ALL.stream().filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, (short) 1)).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("could not create topics on " + bootstrapServers + ": "
                        + e.getCause().getMessage(), e.getCause());
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not create topics on " + bootstrapServers + ": " + e, e);
        }
    }
}
