package org.marsad.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.marsad.events.Topics;
import org.marsad.localstack.MarsadStack;
import org.marsad.localstack.ServiceProcess;
import org.marsad.localstack.ServiceSpec;
import org.marsad.localstack.StackOptions;
import org.marsad.localstack.test.TestKafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * nlp-service scales out by running more instances: a stack of its own with two nlp-service processes in one
 * consumer group ({@code MARSAD_NLP_INSTANCES=2}, what {@code ./marsad up --nlp 2} sets). Both get partitions,
 * every article is stored exactly once, and when one instance dies mid-stream (killed, as in a crash) the other
 * takes over its partitions and nothing is lost. Runs before the shared stack starts ({@link Order}).
 */
@Order(1)
class NlpScalingIT {

    private static final String NLP_GROUP = "nlp-service";
    private static final int PER_BATCH = 150;
    private static final int BATCHES = 3;
    private static final Duration STORED_WITHIN = Duration.ofSeconds(240);

    private static Path stateDir;
    private static MarsadStack stack;
    private static Api api;

    @BeforeAll
    static void startTwoNlpInstances() throws IOException {
        stateDir = Files.createTempDirectory("marsad-e2e-scaling");
        Map<String, String> env = new HashMap<>(System.getenv());
        env.keySet().removeIf(k -> k.startsWith("KAFKA_") || k.startsWith("MARSAD_"));
        env.put("MARSAD_JAVA_OPTS", "-Xms32m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
        env.put("MARSAD_NLP_INSTANCES", "2");
        stack = MarsadStack.start(new StackOptions(RunningStack.projectDir(), stateDir, false, false, false, env),
                line -> System.out.println("[scaling stack] " + line));
        api = new Api(stack.gatewayUrl());
    }

    @AfterAll
    static void stopStack() throws IOException {
        if (stack != null) {
            stack.close();
        }
        try (Stream<Path> files = Files.walk(stateDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Test
    void twoInstancesShareThePartitionsAndLoseNothingWhenOneDies() throws Exception {
        List<ServiceProcess> nlp = stack.instances(ServiceSpec.NLP);
        assertThat(nlp).hasSize(2);
        Map<String, Set<TopicPartition>> assignment = awaitAssignment(2);
        assertThat(assignment.values()).allSatisfy(partitions -> assertThat(partitions).isNotEmpty());
        assertThat(assignment.values().stream().mapToInt(Set::size).sum()).isEqualTo(4);

        String outlet = "Scaling Wire " + UUID.randomUUID().toString().substring(0, 8);
        submit(outlet, 0);
        submit(outlet, 1);
        await().atMost(STORED_WITHIN).pollInterval(Duration.ofMillis(100)).until(() -> storedCount(outlet) > 0);
        // Mid-stream: the first articles are stored, the others queued or in flight on both instances.
        ServiceProcess victim = nlp.get(1);
        Instant killedAt = Instant.now();
        victim.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long storedBeforeKill = storedCount(outlet);
        System.out.printf("killed %s (pid %d) with %d of %d submitted articles stored%n",
                victim.logFile().getFileName(), victim.pid(), storedBeforeKill, 2 * PER_BATCH);
        assertThat(storedBeforeKill).as("killed mid-stream").isLessThan(2 * PER_BATCH);
        submit(outlet, 2);

        // The survivor takes every partition once the broker gives up on the dead member.
        Map<String, Set<TopicPartition>> after = awaitAssignment(1);
        String survivor = after.keySet().iterator().next();
        assertThat(assignment).containsKey(survivor);
        Set<Integer> victimPartitions = new HashSet<>();
        assignment.forEach((member, partitions) -> {
            if (!member.equals(survivor)) {
                partitions.forEach(p -> victimPartitions.add(p.partition()));
            }
        });

        await().atMost(STORED_WITHIN).pollInterval(Duration.ofSeconds(1))
                .until(() -> storedCount(outlet) >= (long) BATCHES * PER_BATCH);
        List<String> stored = storedIds(outlet);
        assertThat(stored).as("each article stored exactly once").doesNotHaveDuplicates()
                .hasSize(BATCHES * PER_BATCH);

        List<ConsumerRecord<String, byte[]>> enriched = TestKafka.poll(stack.kafkaBootstrapServers(),
                Topics.ENRICHED, r -> outletOf(r).equals(outlet), Integer.MAX_VALUE, Duration.ofSeconds(20));
        Map<String, List<ConsumerRecord<String, byte[]>>> byId = enriched.stream()
                .collect(Collectors.groupingBy(ConsumerRecord::key));
        assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(stored);
        Set<Integer> enrichedBeforeKill = enriched.stream().filter(r -> r.timestamp() < killedAt.toEpochMilli())
                .map(ConsumerRecord::partition).collect(Collectors.toSet());
        // Both members held partitions (asserted above) and the survivor enriched everything after the kill; what
        // needs proving here is that the victim did real work before it died. Whether the survivor had also
        // produced by the instant of the kill depends on scheduling, so it is not asserted.
        assertThat(enrichedBeforeKill).as("the killed instance enriched articles before the kill")
                .containsAnyElementsOf(victimPartitions);
        List<String> redelivered = byId.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey).toList();
        System.out.printf("%d enriched records for %d articles; %d redelivered after the kill%n", enriched.size(),
                byId.size(), redelivered.size());
        assertThat(redelivered).as("only articles of the dead instance's partitions are enriched twice (at least once)")
                .allSatisfy(id -> assertThat(byId.get(id)).allSatisfy(r ->
                        assertThat(victimPartitions).contains(r.partition())));
        assertThat(storedCount(outlet)).isEqualTo(BATCHES * PER_BATCH);
        System.out.printf("resident memory of the surviving nlp-service after %d articles: %d MiB%n",
                BATCHES * PER_BATCH, residentMiB(nlp.get(0).pid()));
    }

    /** Bulk-submits one batch of articles we write here, half Arabic and half English. */
    private static void submit(String outlet, int batch) {
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < PER_BATCH; i++) {
            int n = batch * PER_BATCH + i;
            Map<String, Object> article = n % 2 == 0
                    ? Map.of("url", "https://scaling.example/ar/" + outlet.hashCode() + "/" + n, "outlet", outlet,
                    "title", "تقرير رقم " + n + " عن حركة الموانئ في البحر المتوسط",
                    "body", "قال مسؤول في ميناء الإسكندرية إن حركة السفن ارتفعت بنسبة " + (n % 40 + 5)
                            + " بالمئة خلال الأسبوع الماضي. وأضاف أن الميناء استقبل " + (n + 12)
                            + " سفينة قادمة من إيطاليا وتركيا. وأكد أن العمل مستمر على مدار الساعة.")
                    : Map.of("url", "https://scaling.example/en/" + outlet.hashCode() + "/" + n, "outlet", outlet,
                    "title", "Report " + n + " on shipping across the Mediterranean",
                    "body", "Traffic at the port of Marseille rose by " + (n % 40 + 5) + " percent last week, "
                            + "an official said. The port received " + (n + 12) + " ships from Italy and Spain. "
                            + "Work continues around the clock, he added.");
            try {
                ndjson.append(Api.JSON.writeValueAsString(article)).append('\n');
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        Api.Reply reply = api.postNdjson("/api/v1/articles/bulk", ndjson.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        assertThat(reply.json().path("accepted").asInt()).as(reply.body()).isEqualTo(PER_BATCH);
    }

    /** Members of the nlp-service group and their partitions, once the group has {@code members} members. */
    private static Map<String, Set<TopicPartition>> awaitAssignment(int members) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrapServers()))) {
            return await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(NLP_GROUP))
                        .describedGroups().get(NLP_GROUP).get(10, TimeUnit.SECONDS);
                return group.members().stream().collect(Collectors.toMap(MemberDescription::consumerId,
                        m -> m.assignment().topicPartitions()));
            }, assignment -> assignment.size() == members
                    && assignment.values().stream().mapToInt(Set::size).sum() == 4);
        }
    }

    private static long storedCount(String outlet) {
        return api.get("/api/v1/stats").json().path("byOutlet").path(outlet).asLong();
    }

    /** Every stored article of the outlet, following the list's cursor. */
    private static List<String> storedIds(String outlet) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.get("/api/v1/articles?limit=100&outlet=" + Api.encode(outlet)
                    + (cursor == null ? "" : "&cursor=" + Api.encode(cursor))).json();
            page.path("items").forEach(item -> ids.add(item.path("id").asText()));
            cursor = page.path("next").isTextual() ? page.path("next").asText() : null;
        } while (cursor != null);
        return ids;
    }

    /** VmRSS from /proc (Linux), 0 elsewhere: a figure for the report, not an assertion. */
    private static long residentMiB(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024).findFirst().orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static String outletOf(ConsumerRecord<String, byte[]> record) {
        try {
            return Api.JSON.readTree(record.value()).path("outlet").asText();
        } catch (IOException e) {
            return "";
        }
    }
}
