package org.marsad.bench;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What one instance needs in memory once warm: the live heap after a full collection at the end of each
 * iteration (the pipeline's lexicons and models, plus the corpus sample held by the benchmark) and the resident
 * set of the benchmark JVM (Linux). The collection happens outside the measured time. Allocation per article is
 * JMH's own {@code -prof gc}. Use with {@code -prof org.marsad.bench.MemoryProfiler}.
 */
public class MemoryProfiler implements InternalProfiler {

    @Override
    public String getDescription() {
        return "live heap after a full GC, and the JVM's resident set, after each iteration";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        // nothing to note before: both figures are states, not differences
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        System.gc();
        List<Result> results = new ArrayList<>();
        long liveHeap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        results.add(new ScalarResult("mem.live-heap", liveHeap / 1048576.0, "MiB", AggregationPolicy.MAX));
        long rssKiB = residentKiB();
        if (rssKiB > 0) {
            results.add(new ScalarResult("mem.rss", rssKiB / 1024.0, "MiB", AggregationPolicy.MAX));
        }
        return results;
    }

    private static long residentKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: the figure is left out
        }
        return 0;
    }
}
