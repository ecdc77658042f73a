package org.marsad.localstack;

import java.nio.file.Path;
import java.util.Map;

/**
 * How to run the local stack.
 *
 * @param projectDir   the checkout (modules are found under it)
 * @param stateDir     data, logs and the state file ({@code .marsad/} for the launcher, a temp dir for tests)
 * @param keepData     keep Kafka's and PostgreSQL's data between runs
 * @param usePreferredPorts take DESIGN.md's default ports when free (else any free port); tests say false
 * @param loadDemoFeed serve the shipped demo feed and subscribe to it
 * @param environment  where {@code KAFKA_BOOTSTRAP_SERVERS}, {@code MARSAD_DB_URL}, {@code MARSAD_NLP_INSTANCES}
 *                     etc. are read from, and what else is passed to the services
 */
public record StackOptions(Path projectDir, Path stateDir, boolean keepData, boolean usePreferredPorts,
                           boolean loadDemoFeed, Map<String, String> environment) {

    public Path logDir() {
        return stateDir.resolve("logs");
    }

    public Path dataDir() {
        return stateDir.resolve("data");
    }

    /**
     * How many nlp-service processes to run ({@code MARSAD_NLP_INSTANCES}, default 1): they share the
     * {@code nlp-service} consumer group, so the partitions of {@code articles.raw} are spread over them.
     */
    public int nlpInstances() {
        String value = env("MARSAD_NLP_INSTANCES");
        if (value == null) {
            return 1;
        }
        try {
            int instances = Integer.parseInt(value.strip());
            if (instances >= 1) {
                return instances;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("MARSAD_NLP_INSTANCES must be a whole number of at least 1, not " + value);
    }

    /** A value from the environment, or null when absent or blank. */
    public String env(String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
