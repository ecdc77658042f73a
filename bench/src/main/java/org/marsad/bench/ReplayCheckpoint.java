package org.marsad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * How far a replay of one file got: the number of lines whose articles the stack has acknowledged. One file per
 * corpus (named after its path), written atomically after each batch, and ignored when the corpus file changed
 * size since (a different file under the same name).
 */
final class ReplayCheckpoint {

    private final Path path;
    private final long fileSize;

    private ReplayCheckpoint(Path path, long fileSize) {
        this.path = path;
        this.fileSize = fileSize;
    }

    static ReplayCheckpoint of(Path directory, Path corpus) throws IOException {
        Path absolute = corpus.toAbsolutePath().normalize();
        String key = sha1(absolute.toString()).substring(0, 12);
        return new ReplayCheckpoint(directory.resolve(absolute.getFileName() + "." + key + ".checkpoint"),
                Files.size(absolute));
    }

    /** Lines already acknowledged, 0 without a (valid) checkpoint. */
    long linesDone() {
        if (!Files.exists(path)) {
            return 0;
        }
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
            if (Long.parseLong(properties.getProperty("file.size", "-1")) != fileSize) {
                return 0;
            }
            return Long.parseLong(properties.getProperty("lines.done", "0"));
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    void save(long linesDone) {
        Properties properties = new Properties();
        properties.setProperty("file.size", Long.toString(fileSize));
        properties.setProperty("lines.done", Long.toString(linesDone));
        try {
            Files.createDirectories(path.getParent());
            Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
            try (var writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "./marsad replay: lines acknowledged by the stack");
            }
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the replay checkpoint " + path, e);
        }
    }

    void clear() throws IOException {
        Files.deleteIfExists(path);
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every JDK", e);
        }
    }
}
