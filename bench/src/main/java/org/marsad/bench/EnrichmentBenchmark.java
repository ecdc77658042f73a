package org.marsad.bench;

import org.marsad.events.Enrichment;
import org.marsad.events.RawArticle;
import org.marsad.nlp.core.EnrichmentPipeline;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Marsad's whole enrichment ({@link EnrichmentPipeline#enrich}, exactly what nlp-service runs per article) on one
 * thread, so one op per second is one article per second per core. The articles cycle through a fixed corpus
 * sample; the JVM options are the service's defaults, so the memory figures speak for one instance.
 */
@State(Scope.Thread)
@Threads(1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms64m", "-Xmx512m", "-XX:+UseSerialGC"})
public class EnrichmentBenchmark {

    /** Articles per sample: enough to mix outlets and lengths, few enough to cycle several times an iteration. */
    static final int SAMPLE = 500;

    @Param({"ant", "bbc"})
    public String corpus;

    private List<RawArticle> articles;
    private EnrichmentPipeline pipeline;
    private int next;

    @Setup
    public void setUp() {
        articles = BenchCorpus.sample(corpus, SAMPLE);
        pipeline = new EnrichmentPipeline();
    }

    @Benchmark
    public Enrichment enrich() {
        RawArticle article = articles.get(next);
        next = (next + 1) % articles.size();
        return pipeline.enrich(article);
    }
}
