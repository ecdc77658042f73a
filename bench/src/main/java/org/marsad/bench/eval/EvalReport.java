package org.marsad.bench.eval;

import org.marsad.events.EntityType;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Prints scores as Markdown: a P/R/F1 table per language, and optionally each article's misses and false positives. */
public final class EvalReport {

    private EvalReport() {
    }

    public static String table(String split, String pipelineVersion, List<ArticleScore> scores) {
        StringBuilder out = new StringBuilder();
        Map<String, List<ArticleScore>> byLanguage = scores.stream()
                .collect(Collectors.groupingBy(s -> s.article().language(), TreeMap::new, Collectors.toList()));
        out.append(String.format("## Entities, %s half (%s), %s%n", split, byLanguage.entrySet().stream()
                .map(e -> e.getValue().size() + " " + e.getKey()).collect(Collectors.joining(", ")), pipelineVersion));
        for (Map.Entry<String, List<ArticleScore>> language : byLanguage.entrySet()) {
            out.append(String.format("%n### %s%n%n", language.getKey()));
            out.append("| type | gold | predicted | matched | P | R | F1 |\n|---|---:|---:|---:|---:|---:|---:|\n");
            Counts all = Counts.ZERO;
            for (EntityType type : EntityType.values()) {
                Counts c = language.getValue().stream().map(s -> s.byType().get(type)).reduce(Counts.ZERO, Counts::plus);
                all = all.plus(c);
                out.append(row(type.name(), c));
            }
            out.append(row("**micro, all types**", all));
            out.append(row("type-agnostic", language.getValue().stream().map(ArticleScore::typeAgnostic)
                    .reduce(Counts.ZERO, Counts::plus)));
        }
        out.append(byCorpus(scores));
        return out.toString();
    }

    /** All types together per corpus: news agencies' wire style (ANT) and Saudi papers (SaudiNewsNet) differ. */
    private static String byCorpus(List<ArticleScore> scores) {
        StringBuilder out = new StringBuilder("\n### by corpus, all types\n\n");
        out.append("| corpus | gold | predicted | matched | P | R | F1 |\n|---|---:|---:|---:|---:|---:|---:|\n");
        scores.stream().collect(Collectors.groupingBy(s -> s.article().corpus(), TreeMap::new,
                        Collectors.reducing(Counts.ZERO, ArticleScore::all, Counts::plus)))
                .forEach((corpus, c) -> out.append(row(corpus, c)));
        return out.toString();
    }

    private static String row(String label, Counts c) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %.3f | %.3f | %.3f |%n",
                label, c.gold(), c.predicted(), c.matched(), c.precision(), c.recall(), c.f1());
    }

    /** Per article: gold entities missed (noting when a prediction of another type names them) and false positives. */
    public static String errors(List<ArticleScore> scores) {
        StringBuilder out = new StringBuilder("\n## Errors per article\n");
        for (ArticleScore s : scores) {
            if (s.misses().isEmpty() && s.falsePositives().isEmpty()) {
                continue;
            }
            Counts c = s.all();
            out.append(String.format(Locale.ROOT, "%n### %s (%s, %s): %d/%d found, %d predicted%n",
                    s.article().id(), s.article().outlet(), s.article().language(), c.matched(), c.gold(), c.predicted()));
            for (GoldEntity miss : s.misses()) {
                String otherType = s.falsePositives().stream().filter(p -> EntityScorer.names(p, miss))
                        .map(p -> " (predicted as " + p.type() + ")").findFirst().orElse("");
                out.append(String.format("- miss %s %s %s%s%n", miss.type(), miss.name(), miss.forms(), otherType));
            }
            for (PredictedEntity fp : s.falsePositives()) {
                out.append(String.format("- false positive %s %s %s%n", fp.type(), fp.name(), fp.mentions()));
            }
        }
        return out.toString();
    }
}
