package org.marsad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time used by a process and its descendants, read from /proc (Linux; 0 elsewhere). */
final class ProcessCpu {

    /** Kernel clock ticks per second: 100 on every Linux this runs on (USER_HZ). */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessCpu() {
    }

    /**
     * CPU seconds of {@code pid} so far: its own, its live descendants' and its reaped children's (PostgreSQL's
     * backends come and go with connections; the postmaster counts the ended ones).
     */
    static double cpuSeconds(long pid) {
        return ProcessHandle.of(pid)
                .map(p -> ticks(p.pid(), true) + p.descendants().mapToLong(h -> ticks(h.pid(), false)).sum())
                .orElse(0L) / TICKS_PER_SECOND;
    }

    private static long ticks(long pid, boolean withReapedChildren) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // Fields after the command name (which may hold spaces, so split after its closing parenthesis):
            // state is field 3; utime, stime, cutime, cstime are fields 14-17.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long own = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return withReapedChildren ? own + Long.parseLong(fields[13]) + Long.parseLong(fields[14]) : own;
        } catch (IOException | RuntimeException e) {
            return 0; // gone, or not Linux
        }
    }
}
