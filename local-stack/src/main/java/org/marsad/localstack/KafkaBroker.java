package org.marsad.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real Apache Kafka broker in KRaft mode (broker and controller in one node), run as a child JVM from the
 * broker's own classpath ({@code local-stack/kafka-runtime/target/lib}), so it never shares classes with the
 * services or the tests. Its data directory survives a restart when the caller keeps it.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final String READY_LINE = "Kafka Server started";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Process process;
    private final String bootstrapServers;
    private final Path logFile;

    /**
     * @param libDir     the broker's runtime classpath
     * @param workDir    holds server.properties, the data ({@code data/}) and nothing else
     * @param port       client port
     * @param partitions default partition count for topics the broker creates
     * @param logFile    where the broker's output goes
     */
    public record Settings(Path libDir, Path workDir, int port, int partitions, Path logFile) {
    }

    private KafkaBroker(Process process, String bootstrapServers, Path logFile) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.logFile = logFile;
    }

    /** Formats the storage on first use, starts the broker and returns once it accepts clients. */
    public static KafkaBroker start(Settings settings) throws IOException {
        requireBrokerClasspath(settings.libDir());
        Files.createDirectories(settings.workDir());
        Files.createDirectories(settings.logFile().toAbsolutePath().getParent());
        int controllerPort = Ports.freePort();
        Path properties = settings.workDir().resolve("server.properties");
        Files.writeString(properties, serverProperties(settings, controllerPort));

        Path dataDir = settings.workDir().resolve("data");
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            format(settings, properties);
        }

        ProcessBuilder builder = new ProcessBuilder(Jvm.javaExecutable(), "-Xms64m", "-Xmx512m",
                "-XX:+UseSerialGC", "-Dlog4j2.formatMsgNoLookups=true",
                "-cp", settings.libDir().toAbsolutePath() + "/*", "kafka.Kafka", properties.toString())
                .redirectErrorStream(true);
        Process process = builder.start();
        KafkaBroker broker = new KafkaBroker(process, "127.0.0.1:" + settings.port(), settings.logFile());
        broker.awaitReady();
        return broker;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(30));
    }

    private void awaitReady() throws IOException {
        CountDownLatch ready = new CountDownLatch(1);
        Thread pump = new Thread(() -> copyOutput(ready), "kafka-broker-log");
        pump.setDaemon(true);
        pump.start();
        try {
            if (!ready.await(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || !process.isAlive()) {
                close();
                throw new IOException("Kafka broker did not start within " + START_TIMEOUT.toSeconds()
                        + " s; its log is " + logFile + ":\n" + Processes.tail(logFile, 30));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IOException("interrupted while starting Kafka", e);
        }
    }

    /** Copies the broker's output to its log file and releases the latch when the broker says it is up. */
    private void copyOutput(CountDownLatch ready) {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
                     java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                if (line.contains(READY_LINE)) {
                    ready.countDown();
                }
            }
        } catch (IOException e) {
            // The broker ended; readiness (or the timeout) tells the caller.
        } finally {
            ready.countDown();
        }
    }

    private static void format(Settings settings, Path properties) throws IOException {
        List<String> command = new ArrayList<>(List.of(Jvm.javaExecutable(), "-Xmx256m",
                "-cp", settings.libDir().toAbsolutePath() + "/*", "kafka.tools.StorageTool", "format",
                "-t", newClusterId(), "-c", properties.toString()));
        Process format = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(settings.logFile().toFile())).start();
        try {
            if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
                format.destroyForcibly();
                throw new IOException("formatting Kafka storage failed; see " + settings.logFile() + ":\n"
                        + Processes.tail(settings.logFile(), 20));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while formatting Kafka storage", e);
        }
    }

    /** A KRaft cluster id: 16 random bytes, URL-safe base64 without padding (Kafka's Uuid form). */
    private static String newClusterId() {
        byte[] bytes = new byte[16];
        SecureRandom random = new SecureRandom();
        String id;
        do {
            random.nextBytes(bytes);
            id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        } while (id.startsWith("-"));
        return id;
    }

    private static String serverProperties(Settings settings, int controllerPort) {
        String dataDir = settings.workDir().resolve("data").toAbsolutePath().toString();
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + settings.port() + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + settings.port(),
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + dataDir,
                "num.partitions=" + settings.partitions(),
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=4",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "group.initial.rebalance.delay.ms=0",
                // A larger message limit than the default 1 MB: huge articles must reach the NLP service,
                // which then dead-letters them with a reason instead of the producer failing silently.
                "message.max.bytes=8388608",
                "") ;
    }

    private static void requireBrokerClasspath(Path libDir) throws IOException {
        try (var jars = Files.list(libDir)) {
            if (jars.noneMatch(p -> p.getFileName().toString().startsWith("kafka_"))) {
                throw new IOException("no Kafka broker jars in " + libDir);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IOException("the Kafka broker classpath " + libDir + " is missing: build the project "
                    + "first (./mvnw -DskipTests package)", e);
        }
    }
}
