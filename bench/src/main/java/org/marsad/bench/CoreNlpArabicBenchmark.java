package org.marsad.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
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

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * The reference: Stanford CoreNLP's Arabic pipeline (tokenize with its segmenter, ssplit, pos; the settings its
 * Arabic models jar ships, without the parser) on the same articles as {@link EnrichmentBenchmark}, on one thread
 * with the same JVM options except a heap its models fit in. A benchmark-only dependency: it never ships.
 */
@State(Scope.Thread)
@Threads(1)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xms64m", "-Xmx2g", "-XX:+UseSerialGC"})
public class CoreNlpArabicBenchmark {

    @Param({"ant"})
    public String corpus;

    private List<String> texts;
    private StanfordCoreNLP pipeline;
    private int next;

    @Setup
    public void setUp() {
        texts = BenchCorpus.sample(corpus, EnrichmentBenchmark.SAMPLE).stream().map(BenchCorpus::text).toList();
        Properties properties = new Properties();
        try (InputStream in = StanfordCoreNLP.class.getClassLoader()
                .getResourceAsStream("StanfordCoreNLP-arabic.properties")) {
            if (in == null) {
                throw new IllegalStateException("CoreNLP's Arabic models jar is not on the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.setProperty("annotators", "tokenize,ssplit,pos");
        pipeline = new StanfordCoreNLP(properties);
    }

    @Benchmark
    public Annotation annotate() {
        Annotation annotation = new Annotation(texts.get(next));
        next = (next + 1) % texts.size();
        pipeline.annotate(annotation);
        return annotation;
    }
}
