package org.marsad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Resident memory of a process and its descendants, read from /proc (Linux). */
final class ProcessMemory {

    private ProcessMemory() {
    }

    /** RSS in MiB of {@code pid} and all its descendants (PostgreSQL runs one process per connection). */
    static long residentMiB(long pid) {
        return ProcessHandle.of(pid)
                .map(p -> Stream.concat(Stream.of(p), p.descendants()).mapToLong(h -> rssKiB(h.pid())).sum() / 1024)
                .orElse(0L);
    }

    private static long rssKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // gone, or not Linux
        }
        return 0;
    }
}
