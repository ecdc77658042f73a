package org.marsad.localstack.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.marsad.localstack.KafkaBroker;
import org.marsad.localstack.KafkaRuntime;
import org.marsad.localstack.Ports;
import org.marsad.localstack.TopicSetup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts a real Kafka broker (KRaft, child JVM) for a {@code @QuarkusTest} on a free port, creates Marsad's
 * topics, and points {@code kafka.bootstrap.servers} at it. The broker and its files go when the tests end.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private KafkaBroker broker;
    private Path workDir;

    @Override
    public Map<String, String> start() {
        try {
            workDir = Files.createTempDirectory("marsad-kafka-test");
            broker = KafkaBroker.start(new KafkaBroker.Settings(KafkaRuntime.libDir(), workDir, Ports.freePort(),
                    4, workDir.resolve("broker.log")));
            TopicSetup.ensure(broker.bootstrapServers(), 4);
            return Map.of("kafka.bootstrap.servers", broker.bootstrapServers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        if (broker != null) {
            broker.close();
        }
        TestFiles.deleteQuietly(workDir);
    }
}
