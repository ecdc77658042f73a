package org.marsad.localstack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code .marsad/state.properties}: which components run, with their pids and ports, so that
 * {@code ./marsad status}, {@code down} and the benchmark can find them. Written atomically.
 */
public final class StateFile {

    private final Path file;

    public StateFile(Path stateDir) {
        this.file = stateDir.resolve("state.properties");
    }

    public Path path() {
        return file;
    }

    public void write(long supervisorPid, String phase, List<Component> components) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("supervisor.pid", Long.toString(supervisorPid));
        properties.setProperty("phase", phase);
        List<String> names = new ArrayList<>();
        for (Component c : components) {
            names.add(c.name());
            properties.setProperty(c.name() + ".pid", Long.toString(c.pid()));
            properties.setProperty(c.name() + ".port", Integer.toString(c.port()));
            properties.setProperty(c.name() + ".address", c.address());
        }
        properties.setProperty("components", String.join(",", names));
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            properties.store(out, "Marsad local stack; written by the launcher, do not edit");
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public record State(long supervisorPid, String phase, List<Component> components) {
    }

    public Optional<State> read() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        List<Component> components = new ArrayList<>();
        for (String name : properties.getProperty("components", "").split(",")) {
            if (!name.isBlank()) {
                components.add(new Component(name, Long.parseLong(properties.getProperty(name + ".pid", "-1")),
                        Integer.parseInt(properties.getProperty(name + ".port", "0")),
                        properties.getProperty(name + ".address", "")));
            }
        }
        return Optional.of(new State(Long.parseLong(properties.getProperty("supervisor.pid", "-1")),
                properties.getProperty("phase", "unknown"), components));
    }

    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}
