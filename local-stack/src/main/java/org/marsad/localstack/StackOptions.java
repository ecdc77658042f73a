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
 * @param environment  where {@code KAFKA_BOOTSTRAP_SERVERS}, {@code MARSAD_DB_URL} etc. are read from, and what
 *                     else is passed to the services
 */
public record StackOptions(Path projectDir, Path stateDir, boolean keepData, boolean usePreferredPorts,
                           boolean loadDemoFeed, Map<String, String> environment) {

    public Path logDir() {
        return stateDir.resolve("logs");
    }

    public Path dataDir() {
        return stateDir.resolve("data");
    }

    /** A value from the environment, or null when absent or blank. */
    public String env(String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}
