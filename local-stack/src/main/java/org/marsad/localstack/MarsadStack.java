package org.marsad.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole Marsad system on one machine: PostgreSQL and Kafka (embedded, unless the environment names
 * external ones), the four services, and the demo feed. Used by {@code ./marsad up} and by the end-to-end
 * tests, so both run the system the same way. Closing it stops everything in reverse order.
 */
public final class MarsadStack implements AutoCloseable {

    /** Start order: the store first so nothing enriched waits for it; the gateway last, as the front door. */
    private static final List<ServiceSpec> SERVICES =
            List.of(ServiceSpec.STORE, ServiceSpec.NLP, ServiceSpec.INGEST, ServiceSpec.GATEWAY);
    private static final Duration SERVICE_READY_TIMEOUT = Duration.ofSeconds(180);
    private static final int DEMO_FEED_PORT = 8090;
    private static final int PARTITIONS = 4;

    private final StackOptions options;
    private final Consumer<String> status;
    private final List<AutoCloseable> started = new ArrayList<>();
    private final List<Component> components = new ArrayList<>();
    /** Each service's running instances: one each, except nlp-service, which can run several side by side. */
    private final Map<ServiceSpec, List<ServiceProcess>> services = new HashMap<>();
    private PostgresServer postgres;
    private KafkaBroker kafka;
    private DemoFeedServer demoFeed;

    private MarsadStack(StackOptions options, Consumer<String> status) {
        this.options = options;
        this.status = status;
    }

    /** Starts everything and returns once all services report ready; on failure, stops what it started. */
    public static MarsadStack start(StackOptions options, Consumer<String> status) throws IOException {
        MarsadStack stack = new MarsadStack(options, status);
        try {
            stack.startAll();
            return stack;
        } catch (IOException | RuntimeException e) {
            stack.close();
            throw e;
        }
    }

    public String gatewayUrl() {
        return serviceUrl(ServiceSpec.GATEWAY);
    }

    /** The URL of the service's first instance. */
    public String serviceUrl(ServiceSpec spec) {
        return services.get(spec).get(0).url();
    }

    /** The running processes of one service, the first started first. */
    public List<ServiceProcess> instances(ServiceSpec spec) {
        return List.copyOf(services.get(spec));
    }

    public String kafkaBootstrapServers() {
        return kafka != null ? kafka.bootstrapServers() : options.env("KAFKA_BOOTSTRAP_SERVERS");
    }

    public List<Component> components() {
        return List.copyOf(components);
    }

    /** Every service process, in start order. */
    public List<ServiceProcess> services() {
        return SERVICES.stream().flatMap(spec -> services.get(spec).stream()).toList();
    }

    private void startAll() throws IOException {
        Map<String, String> serviceEnv = new HashMap<>(options.environment());
        startDatabase(serviceEnv);
        startKafka(serviceEnv);
        startServices(serviceEnv);
        if (options.loadDemoFeed()) {
            startDemoFeed();
        }
    }

    private void startDatabase(Map<String, String> serviceEnv) throws IOException {
        String external = options.env("MARSAD_DB_URL");
        if (external != null) {
            status.accept("PostgreSQL: using external database " + external);
            components.add(new Component("postgres", -1, 0, external));
            return;
        }
        int port = port(5432, "PostgreSQL");
        status.accept("PostgreSQL: starting embedded server on port " + port);
        postgres = PostgresServer.start(new PostgresServer.Settings(options.dataDir().resolve("postgres"),
                options.stateDir().resolve("postgres-binaries"), port, options.keepData(),
                options.logDir().resolve("postgres.log")));
        started.add(postgres);
        serviceEnv.put("MARSAD_DB_URL", postgres.jdbcUrl());
        serviceEnv.put("MARSAD_DB_USER", PostgresServer.USER);
        serviceEnv.put("MARSAD_DB_PASSWORD", PostgresServer.PASSWORD);
        components.add(new Component("postgres", postgres.pid(), port, postgres.jdbcUrl()));
    }

    private void startKafka(Map<String, String> serviceEnv) throws IOException {
        String external = options.env("KAFKA_BOOTSTRAP_SERVERS");
        if (external != null) {
            status.accept("Kafka: using external broker " + external);
            TopicSetup.ensure(external, PARTITIONS);
            components.add(new Component("kafka", -1, 0, external));
            return;
        }
        int port = port(9092, "Kafka");
        status.accept("Kafka: starting embedded broker (KRaft) on port " + port);
        kafka = KafkaBroker.start(new KafkaBroker.Settings(KafkaRuntime.libDir(), options.dataDir().resolve("kafka"),
                port, PARTITIONS, options.logDir().resolve("kafka.log")));
        started.add(kafka);
        TopicSetup.ensure(kafka.bootstrapServers(), PARTITIONS);
        serviceEnv.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        components.add(new Component("kafka", kafka.pid(), port, kafka.bootstrapServers()));
    }

    private void startServices(Map<String, String> serviceEnv) throws IOException {
        int nlpInstances = options.nlpInstances();
        if (nlpInstances > PARTITIONS) {
            status.accept("nlp-service: " + nlpInstances + " instances for " + PARTITIONS
                    + " partitions; the instances beyond " + PARTITIONS + " stay idle as stand-bys");
        }
        Map<String, Integer> ports = new HashMap<>();
        Map<String, ServiceSpec> instances = new LinkedHashMap<>();
        for (ServiceSpec spec : SERVICES) {
            int count = spec.equals(ServiceSpec.NLP) ? nlpInstances : 1;
            for (int i = 1; i <= count; i++) {
                String name = instanceName(spec, i);
                instances.put(name, spec);
                // Only the first instance asks for the default port: the others' ports would clash with it.
                ports.put(name, i == 1 ? port(spec.defaultPort(), name) : Ports.freePort());
            }
        }
        serviceEnv.put("MARSAD_GATEWAY_INGEST_URL", "http://127.0.0.1:" + ports.get(ServiceSpec.INGEST.name()));
        serviceEnv.put("MARSAD_GATEWAY_STORE_URL", "http://127.0.0.1:" + ports.get(ServiceSpec.STORE.name()));
        // The demo feed is served on loopback, which the ingest-service refuses by default (SSRF guard).
        serviceEnv.putIfAbsent("MARSAD_INGEST_ALLOW_PRIVATE_NETWORKS", "true");
        Map<String, ServiceProcess> processes = new LinkedHashMap<>();
        for (Map.Entry<String, ServiceSpec> instance : instances.entrySet()) {
            String name = instance.getKey();
            ServiceSpec spec = instance.getValue();
            status.accept(name + ": starting on port " + ports.get(name));
            ServiceProcess process = ServiceProcess.start(spec, options.projectDir(), ports.get(name), serviceEnv,
                    options.logDir().resolve(name + ".log"));
            processes.put(name, process);
            services.computeIfAbsent(spec, s -> new ArrayList<>()).add(process);
            started.add(process);
        }
        for (Map.Entry<String, ServiceProcess> instance : processes.entrySet()) {
            ServiceProcess process = instance.getValue();
            process.awaitReady(SERVICE_READY_TIMEOUT);
            status.accept(instance.getKey() + ": ready at " + process.url());
            components.add(new Component(instance.getKey(), process.pid(), process.port(), process.url()));
        }
    }

    /** {@code nlp-service}, then {@code nlp-service-2}, ...: also the name of each instance's log file. */
    private static String instanceName(ServiceSpec spec, int instance) {
        return instance == 1 ? spec.name() : spec.name() + "-" + instance;
    }

    private void startDemoFeed() throws IOException {
        demoFeed = DemoFeedServer.start(port(DEMO_FEED_PORT, "the demo feed"));
        started.add(demoFeed);
        String first = demoFeed.url(DemoFeedServer.FEEDS.get(0));
        components.add(new Component("demo-feed", ProcessHandle.current().pid(), demoFeed.port(), first));
        for (DemoFeedServer.DemoFeed feed : DemoFeedServer.FEEDS) {
            subscribe(demoFeed.url(feed), feed.outlet());
            status.accept("demo feed: subscribed to " + demoFeed.url(feed) + " (" + feed.outlet() + ")");
        }
    }

    /** Subscribes through the public API, as a user would; subscribing twice to one URL is harmless. */
    private void subscribe(String feedUrl, String outlet) throws IOException {
        String body = "{\"url\":\"" + feedUrl + "\",\"outlet\":\"" + outlet + "\",\"pollSeconds\":300}";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl() + "/api/v1/feeds"))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        String keys = options.env("MARSAD_API_KEYS");
        if (keys != null) {
            request.header("X-API-Key", keys.split(",")[0].strip());
        }
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IOException("subscribing to the demo feed failed: HTTP " + response.statusCode() + " "
                        + response.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while subscribing to the demo feed", e);
        }
    }

    private int port(int preferred, String what) {
        if (!options.usePreferredPorts()) {
            return Ports.freePort();
        }
        int port = Ports.preferredOrFree(preferred);
        if (port != preferred) {
            status.accept(what + ": port " + preferred + " is taken, using " + port);
        }
        return port;
    }

    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            AutoCloseable component = started.get(i);
            try {
                component.close();
            } catch (Exception e) {
                status.accept("could not stop " + component + ": " + e.getMessage());
            }
        }
        started.clear();
    }
}
