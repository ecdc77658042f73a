package org.marsad.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the broker's runtime classpath that the build copies to {@code local-stack/kafka-runtime/target/lib}. */
public final class KafkaRuntime {

    private static final Path RELATIVE_LIB = Path.of("local-stack", "kafka-runtime", "target", "lib");

    private KafkaRuntime() {
    }

    /**
     * {@code -Dmarsad.kafka.lib}, else under {@code -Dmarsad.project.dir}, else under the first directory upwards
     * from the working directory that holds it.
     */
    public static Path libDir() {
        String explicit = System.getProperty("marsad.kafka.lib");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String projectDir = System.getProperty("marsad.project.dir");
        if (projectDir != null && !projectDir.isBlank()) {
            return Path.of(projectDir).resolve(RELATIVE_LIB);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(RELATIVE_LIB))) {
                return dir.resolve(RELATIVE_LIB);
            }
        }
        return Path.of("").toAbsolutePath().resolve(RELATIVE_LIB);
    }
}
