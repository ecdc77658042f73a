package org.marsad.bench;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;

/**
 * {@code ./marsad bench-jmh [JMH options]}: Marsad's enrichment and Stanford CoreNLP's Arabic pipeline in one JMH
 * run, with the CPU, allocation and memory profilers, then a side-by-side table. JMH options given on the command
 * line (e.g. {@code -wi 1 -i 2 -r 5s}, or a benchmark regex such as {@code Enrichment}) replace the defaults
 * written on the benchmark classes. The JMH results are kept as JSON in {@code .marsad/bench/}.
 */
public final class SpeedBenchmarks {

    private SpeedBenchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Path projectDir = Path.of(System.getProperty("marsad.project.dir", ".")).toAbsolutePath().normalize();
        Path reportDir = projectDir.resolve(".marsad").resolve("bench");
        Files.createDirectories(reportDir);
        Path json = reportDir.resolve("jmh-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + ".json");
        CommandLineOptions given = new CommandLineOptions(args);
        OptionsBuilder builder = new OptionsBuilder();
        builder.parent(given);
        if (given.getIncludes().isEmpty()) {
            builder.include(EnrichmentBenchmark.class.getSimpleName()).include(CoreNlpArabicBenchmark.class.getSimpleName());
        }
        Options options = builder
                .addProfiler("gc")
                .addProfiler(CpuTimeProfiler.class)
                .addProfiler(MemoryProfiler.class)
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        System.out.println();
        System.out.print(summary(results));
        System.out.println("JMH results: " + json);
    }

    /** One line per benchmark and corpus, in Markdown, with Marsad's speed over CoreNLP's where both ran. */
    static String summary(Collection<RunResult> results) {
        StringBuilder out = new StringBuilder();
        out.append("| pipeline | corpus | articles/s, 1 thread | articles per CPU-second | allocated per article "
                + "| live heap after GC | JVM RSS |\n|---|---|---|---|---|---|---|\n");
        Double marsadAnt = null;
        Double coreNlpAnt = null;
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            String pipeline = benchmark.contains("CoreNlp") ? "Stanford CoreNLP (tokenize, ssplit, pos)"
                    : "Marsad (whole enrichment)";
            String corpus = run.getParams().getParam("corpus");
            double perSecond = run.getPrimaryResult().getScore();
            Map<String, Result> secondary = run.getSecondaryResults();
            double perCpuSecond = score(secondary, "cpu.ops-per-cpu-second");
            out.append(String.format("| %s | %s | %,.0f ± %,.0f | %,.0f | %,.0f KiB | %,.0f MiB | %,.0f MiB |%n", pipeline,
                    corpus, perSecond, run.getPrimaryResult().getScoreError(), perCpuSecond,
                    score(secondary, "gc.alloc.rate.norm") / 1024, score(secondary, "mem.live-heap"),
                    score(secondary, "mem.rss")));
            if ("ant".equals(corpus)) {
                if (benchmark.contains("CoreNlp")) {
                    coreNlpAnt = perCpuSecond;
                } else {
                    marsadAnt = perCpuSecond;
                }
            }
        }
        if (marsadAnt != null && coreNlpAnt != null) {
            out.append(String.format("%nArabic (ANT), per CPU-second: Marsad's whole enrichment is %.1f× as fast as "
                    + "CoreNLP's tokenize+ssplit+pos.%n", marsadAnt / coreNlpAnt));
        }
        return out.toString();
    }

    private static double score(Map<String, Result> results, String label) {
        return results.entrySet().stream().filter(e -> e.getKey().endsWith(label))
                .mapToDouble(e -> e.getValue().getScore()).findFirst().orElse(Double.NaN);
    }
}
