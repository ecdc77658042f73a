package org.marsad.store.comparison;

import org.marsad.events.NumberMention;
import org.marsad.store.comparison.StoryComparison.Agreement;
import org.marsad.store.comparison.StoryComparison.NumberGroup;
import org.marsad.store.comparison.StoryComparison.ReportedNumber;
import org.marsad.store.comparison.TermExtractor.Occurrence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The figures the outlets gave for the same kind of fact, side by side. A figure's kind comes from the words of its
 * clause: a known kind ({@link NumberKinds}: deaths, injuries, ...) when one is named near it, else its head noun,
 * the first word after it (Arabic and English put the counted noun there), else the last word before it. Figures
 * of the same kind and unit form a group (see {@link Group}); the outlets agree when they share a value.
 */
final class NumberComparison {

    /** How far a figure's clause reaches on either side, at most. */
    static final int WINDOW = 60;
    /** Words on either side that may name the kind. */
    static final int CONTEXT_WORDS = 3;

    /** Disagreements first, then agreements, then figures one outlet alone gave: what a reader looks for first. */
    private static final List<Agreement> READING_ORDER = List.of(Agreement.disagree, Agreement.agree, Agreement.single);

    private static final Pattern CLAUSE_END = Pattern.compile("[.!?؟،,؛;:\\n\"“”«»()]");

    private final TermExtractor terms;

    NumberComparison(TermExtractor terms) {
        this.terms = terms;
    }

    List<NumberGroup> compare(Map<String, List<ComparedArticle>> byOutlet) {
        List<Group> groups = new ArrayList<>();
        byOutlet.forEach((outlet, articles) -> articles.forEach(article -> {
            for (NumberMention number : article.numbers()) {
                if (looksLikeYear(number)) {
                    continue;
                }
                Fact fact = factOf(article, number);
                Group group = groups.stream().filter(g -> g.accepts(fact)).findFirst().orElseGet(() -> {
                    Group created = new Group(fact);
                    groups.add(created);
                    return created;
                });
                group.add(fact, new ReportedNumber(outlet, article.id(), number.value(), number.text()));
            }
        }));
        return groups.stream()
                .map(g -> new NumberGroup(g.first.name(), g.first.unit(), List.copyOf(g.values), agreement(g.values)))
                .sorted(Comparator.comparingInt((NumberGroup g) -> READING_ORDER.indexOf(g.agreement()))
                        .thenComparing(g -> -g.values().size()))
                .toList();
    }

    static Agreement agreement(List<ReportedNumber> reported) {
        List<String> outlets = reported.stream().map(ReportedNumber::outlet).distinct().toList();
        if (outlets.size() < 2) {
            return Agreement.single;
        }
        boolean shared = reported.stream().map(ReportedNumber::value).distinct().anyMatch(v -> outlets.stream()
                .allMatch(o -> reported.stream().anyMatch(r -> r.outlet().equals(o) && r.value() == v)));
        return shared ? Agreement.agree : Agreement.disagree;
    }

    /**
     * What a figure is about: a known kind, or its head noun (key: stem, name: as written), with its unit and the
     * stems around it.
     */
    private record Fact(String key, String name, String unit, boolean known, Set<String> context) {
    }

    /**
     * Figures of one kind. A known kind or the same head noun with the same unit joins; so does a figure with a
     * unit (percent, times, a currency) whose clause shares a word with one already in: outlets name the same
     * share of "the country" or "the territory", but both say who "controls" it.
     */
    private static final class Group {
        final Fact first;
        final List<Fact> facts = new ArrayList<>();
        final List<ReportedNumber> values = new ArrayList<>();

        Group(Fact first) {
            this.first = first;
        }

        boolean accepts(Fact fact) {
            if (!Objects.equals(first.unit(), fact.unit()) || first.known() != fact.known()) {
                return false;
            }
            if (fact.known() || fact.key().equals(first.key())) {
                return fact.key().equals(first.key());
            }
            return fact.unit() != null
                    && facts.stream().anyMatch(f -> f.context().stream().anyMatch(fact.context()::contains));
        }

        void add(Fact fact, ReportedNumber number) {
            facts.add(fact);
            // the same figure twice in one outlet's report (title and body) is one value
            boolean repeated = values.stream()
                    .anyMatch(r -> r.outlet().equals(number.outlet()) && r.value() == number.value());
            if (!repeated) {
                values.add(number);
            }
        }
    }

    private Fact factOf(ComparedArticle article, NumberMention number) {
        String text = article.cleanText();
        List<Occurrence> after = unigrams(clauseAfter(text, number.end()), article.language());
        List<Occurrence> before = unigrams(clauseBefore(text, number.start()), article.language());
        List<Occurrence> nearestFirst = new ArrayList<>();
        for (int i = 0; i < CONTEXT_WORDS; i++) {
            if (i < after.size()) {
                nearestFirst.add(after.get(i));
            }
            if (i < before.size()) {
                nearestFirst.add(before.get(before.size() - 1 - i));
            }
        }
        Set<String> context = nearestFirst.stream().map(o -> withoutAccusativeAlef(o.term()))
                .collect(Collectors.toSet());
        for (Occurrence word : nearestFirst) {
            String known = NumberKinds.of(word.term()).orElse(null);
            if (known != null) {
                return new Fact(known, known, number.unit(), true, context);
            }
        }
        return nearestFirst.stream().findFirst()
                .map(head -> new Fact(withoutAccusativeAlef(head.term()), head.surface(), number.unit(), false,
                        context))
                .orElse(new Fact("", "other", number.unit(), false, context));
    }

    private List<Occurrence> unigrams(String clause, String language) {
        return terms.extract(clause, language).stream().filter(o -> o.term().indexOf(' ') < 0).toList();
    }

    private static String clauseAfter(String text, int end) {
        String window = text.substring(Math.min(end, text.length()), Math.min(text.length(), end + WINDOW));
        Matcher stop = CLAUSE_END.matcher(window);
        return stop.find() ? window.substring(0, stop.start()) : window;
    }

    private static String clauseBefore(String text, int start) {
        String window = text.substring(Math.max(0, start - WINDOW), Math.max(0, Math.min(start, text.length())));
        Matcher stop = CLAUSE_END.matcher(window);
        int from = 0;
        while (stop.find()) {
            from = stop.end();
        }
        return window.substring(from);
    }

    /** "مدنيا" and "مدنيين" stem apart only by the accusative alef the light stemmer keeps. */
    private static String withoutAccusativeAlef(String stem) {
        return stem.length() > 3 && stem.endsWith("ا") ? stem.substring(0, stem.length() - 1) : stem;
    }

    /** A bare four-digit number between 1900 and 2100 is a year, not a figure. */
    private static boolean looksLikeYear(NumberMention n) {
        return n.unit() == null && n.value() == Math.rint(n.value()) && n.value() >= 1900 && n.value() <= 2100
                && Objects.requireNonNullElse(n.text(), "").strip().length() == 4;
    }
}
