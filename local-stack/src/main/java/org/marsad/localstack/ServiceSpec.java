package org.marsad.localstack;

import java.nio.file.Path;

/**
 * One of the four Marsad services as the launcher runs it: a packaged Quarkus application in its module.
 *
 * @param name        the module and service name, e.g. {@code nlp-service}
 * @param defaultPort the port it prefers (DESIGN.md)
 */
public record ServiceSpec(String name, int defaultPort) {

    public static final ServiceSpec GATEWAY = new ServiceSpec("api-gateway", 8080);
    public static final ServiceSpec INGEST = new ServiceSpec("ingest-service", 8081);
    public static final ServiceSpec NLP = new ServiceSpec("nlp-service", 8082);
    public static final ServiceSpec STORE = new ServiceSpec("store-service", 8083);

    /** The runnable jar the Quarkus build leaves in the module. */
    public Path runnableJar(Path projectDir) {
        return projectDir.resolve(name).resolve("target").resolve("quarkus-app").resolve("quarkus-run.jar");
    }
}
