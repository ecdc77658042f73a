package org.marsad.e2e;

import org.marsad.localstack.MarsadStack;
import org.marsad.localstack.StackOptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The whole system started once for all end-to-end tests, through the launcher's own code, on free ports,
 * with embedded Kafka and PostgreSQL in a temporary directory (external ones in the environment are ignored).
 */
final class RunningStack {

    private static MarsadStack stack;
    private static Path stateDir;

    private RunningStack() {
    }

    static synchronized MarsadStack get() {
        if (stack == null) {
            try {
                stateDir = Files.createTempDirectory("marsad-e2e");
                Map<String, String> env = new HashMap<>(System.getenv());
                env.keySet().removeIf(k -> k.startsWith("KAFKA_") || k.startsWith("MARSAD_"));
                env.put("MARSAD_JAVA_OPTS", "-Xms32m -Xmx384m -XX:+UseSerialGC -XX:TieredStopAtLevel=1");
                stack = MarsadStack.start(new StackOptions(projectDir(), stateDir, false, false, true, env),
                        line -> System.out.println("[stack] " + line));
                Runtime.getRuntime().addShutdownHook(new Thread(RunningStack::stop));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return stack;
    }

    static Path logDir() {
        return stateDir.resolve("logs");
    }

    static Path projectDir() {
        return Path.of(System.getProperty("marsad.project.dir", "..")).toAbsolutePath().normalize();
    }

    private static synchronized void stop() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }
}
