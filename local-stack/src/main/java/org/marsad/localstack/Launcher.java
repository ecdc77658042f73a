package org.marsad.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Java side of {@code ./marsad}: {@code up} runs the stack until it is stopped (Ctrl-C or SIGTERM),
 * {@code status} shows each component, {@code stop} stops a stack started in the background.
 */
public final class Launcher {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final PrintStream OUT = System.out;

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Path projectDir = Path.of(System.getProperty("marsad.project.dir", ".")).toAbsolutePath().normalize();
        Path stateDir = projectDir.resolve(".marsad");
        String command = args.length == 0 ? "up" : args[0];
        int code = switch (command) {
            case "up" -> up(projectDir, stateDir);
            case "status" -> status(stateDir);
            case "stop" -> stop(stateDir);
            default -> {
                System.err.println("unknown command " + command + " (up | status | stop)");
                yield 2;
            }
        };
        System.exit(code);
    }

    private static int up(Path projectDir, Path stateDir) throws IOException, InterruptedException {
        StateFile state = new StateFile(stateDir);
        Optional<StateFile.State> running = state.read();
        if (running.isPresent() && ProcessHandle.of(running.get().supervisorPid()).map(ProcessHandle::isAlive)
                .orElse(false)) {
            System.err.println("Marsad is already running (pid " + running.get().supervisorPid()
                    + "): ./marsad status, or ./marsad down first");
            return 1;
        }
        long pid = ProcessHandle.current().pid();
        StackOptions options = new StackOptions(projectDir, stateDir, true, true, true, System.getenv());
        state.write(pid, "starting", java.util.List.of());
        MarsadStack stack;
        try {
            stack = MarsadStack.start(options, Launcher::say);
        } catch (IOException | RuntimeException e) {
            state.delete();
            System.err.println("marsad: could not start: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            say("stopping (services, then Kafka, then PostgreSQL)");
            stack.close();
            try {
                state.delete();
            } catch (IOException e) {
                // nothing left to tell anyone
            }
            say("stopped");
            stopped.countDown();
        }, "marsad-stop"));
        state.write(pid, "ready", stack.components());
        printBanner(stack, stateDir);
        watchServices(stack, stopping);
        stopped.await();
        return 0;
    }

    /** Says so when a service dies unasked, so that a foreground user sees it at once. */
    private static void watchServices(MarsadStack stack, AtomicBoolean stopping) {
        for (ServiceProcess service : stack.services()) {
            service.process().onExit().thenAccept(p -> {
                if (!stopping.get()) {
                    say(service.spec().name() + " exited with code " + p.exitValue() + "; see " + service.logFile());
                }
            });
        }
    }

    private static void printBanner(MarsadStack stack, Path stateDir) {
        OUT.println();
        OUT.println("  Marsad is up.");
        OUT.println("    web page   " + stack.gatewayUrl() + "/");
        OUT.println("    REST API   " + stack.gatewayUrl() + "/api/v1   (OpenAPI: " + stack.gatewayUrl()
                + "/q/swagger-ui)");
        OUT.println("    live       " + stack.gatewayUrl() + "/api/v1/stream");
        for (Component c : stack.components()) {
            OUT.printf("    %-15s %-8s %s%n", c.name(), c.port() > 0 ? Integer.toString(c.port()) : "-", c.address());
        }
        OUT.println("    logs       " + stateDir.resolve("logs") + "   (./marsad logs [service])");
        OUT.println("  Ctrl-C in the foreground, or ./marsad down, stops everything; data stays in "
                + stateDir.resolve("data"));
        OUT.println();
    }

    private static int status(Path stateDir) throws IOException {
        Optional<StateFile.State> state = new StateFile(stateDir).read();
        if (state.isEmpty() || !isAlive(state.get().supervisorPid())) {
            OUT.println("Marsad is not running (./marsad up to start it).");
            return 3;
        }
        StateFile.State s = state.get();
        OUT.println("Marsad: " + s.phase() + " (launcher pid " + s.supervisorPid() + ")");
        OUT.printf("  %-15s %-8s %-8s %-10s %s%n", "COMPONENT", "PID", "PORT", "STATE", "ADDRESS");
        for (Component c : s.components()) {
            OUT.printf("  %-15s %-8s %-8s %-10s %s%n", c.name(), c.pid() > 0 ? c.pid() : "external",
                    c.port() > 0 ? c.port() : "-", health(c), c.address());
        }
        return 0;
    }

    private static String health(Component c) {
        if (c.pid() > 0 && !isAlive(c.pid())) {
            return "DOWN";
        }
        if (!c.address().startsWith("http://") || c.name().equals("demo-feed")) {
            return c.pid() > 0 ? "running" : "external";
        }
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create(c.address() + "/q/health/ready"))
                            .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? "ready" : "not-ready";
        } catch (IOException e) {
            return "no-answer";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static int stop(Path stateDir) throws IOException {
        StateFile file = new StateFile(stateDir);
        Optional<StateFile.State> state = file.read();
        if (state.isEmpty()) {
            OUT.println("Marsad is not running.");
            return 0;
        }
        Optional<ProcessHandle> supervisor = ProcessHandle.of(state.get().supervisorPid());
        if (supervisor.isPresent() && supervisor.get().isAlive()) {
            OUT.println("stopping Marsad (pid " + state.get().supervisorPid() + ") ...");
            Processes.stop(supervisor.get(), Duration.ofSeconds(90));
        }
        // If the launcher itself was killed hard, its children are orphans: stop those we recorded.
        for (Component c : state.get().components()) {
            if (c.pid() > 0) {
                ProcessHandle.of(c.pid()).filter(ProcessHandle::isAlive)
                        .filter(p -> p.info().commandLine().map(cmd -> cmd.contains("java") || cmd.contains("postgres"))
                                .orElse(false))
                        .ifPresent(p -> Processes.stop(p, Duration.ofSeconds(20)));
            }
        }
        file.delete();
        OUT.println("Marsad stopped.");
        return 0;
    }

    private static boolean isAlive(long pid) {
        return pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void say(String message) {
        OUT.println("[" + LocalTime.now().format(CLOCK) + "] " + message);
    }
}
