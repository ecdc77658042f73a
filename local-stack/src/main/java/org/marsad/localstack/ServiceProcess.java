package org.marsad.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One service JVM started from its packaged jar, with its output in a log file. */
public final class ServiceProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final ServiceSpec spec;
    private final Process process;
    private final int port;
    private final Path logFile;

    private ServiceProcess(ServiceSpec spec, Process process, int port, Path logFile) {
        this.spec = spec;
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /**
     * Starts the service on {@code port} with {@code environment} added to this process's environment.
     * {@code MARSAD_JAVA_OPTS} (in that environment) replaces the default JVM options.
     */
    public static ServiceProcess start(ServiceSpec spec, Path projectDir, int port, Map<String, String> environment,
                                       Path logFile) throws IOException {
        Path jar = spec.runnableJar(projectDir);
        if (!Files.isRegularFile(jar)) {
            throw new IOException(spec.name() + " is not built (" + jar + " is missing): run ./mvnw -DskipTests package");
        }
        Files.createDirectories(logFile.toAbsolutePath().getParent());
        List<String> command = new ArrayList<>();
        command.add(Jvm.javaExecutable());
        String javaOpts = environment.getOrDefault("MARSAD_JAVA_OPTS", "-Xms64m -Xmx512m -XX:+UseSerialGC");
        command.addAll(List.of(javaOpts.trim().split("\\s+")));
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(projectDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return new ServiceProcess(spec, builder.start(), port, logFile);
    }

    /** Waits until {@code /q/health/ready} answers 200, failing early if the process exits. */
    public void awaitReady(Duration timeout) throws IOException {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException(spec.name() + " exited with code " + process.exitValue() + "; the end of "
                        + logFile + ":\n" + Processes.tail(logFile, 40));
            }
            try {
                if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + spec.name(), e);
            }
            sleep(Duration.ofMillis(300));
        }
        throw new IOException(spec.name() + " was not ready within " + timeout.toSeconds() + " s; the end of "
                + logFile + ":\n" + Processes.tail(logFile, 40));
    }

    public ServiceSpec spec() {
        return spec;
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Process process() {
        return process;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(20));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
