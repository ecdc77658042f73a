package org.marsad.bench;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;

/**
 * Ops per CPU-second of the whole benchmark JVM (the working thread, GC and JIT together). On a machine shared
 * with other work, a single thread does not always get a whole core: wall-clock ops/s then understate the cost
 * per core, CPU time does not. Use with {@code -prof org.marsad.bench.CpuTimeProfiler}.
 */
public class CpuTimeProfiler implements InternalProfiler {

    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuAtStart;

    @Override
    public String getDescription() {
        return "ops per CPU-second of the benchmark JVM, all threads";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        cpuAtStart = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                       IterationResult result) {
        double cpuSeconds = (os.getProcessCpuTime() - cpuAtStart) / 1e9;
        long ops = result.getMetadata().getMeasuredOps();
        return List.of(new ScalarResult("cpu.ops-per-cpu-second", ops / cpuSeconds, "ops/cpu-s",
                AggregationPolicy.AVG));
    }
}
