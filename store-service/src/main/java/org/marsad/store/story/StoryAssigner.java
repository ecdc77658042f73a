package org.marsad.store.story;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Places each article, online and in arrival order, into a story: the best-scoring candidate story when the score
 * reaches the join threshold, else a new story (linked as one storyline to the candidate closest in content,
 * whatever the days between, when that one came close). An article that fits two stories well bridges them: they merge into the largest (then oldest). A
 * near-duplicate of an article already placed joins that article's story. An article placed before stays where it
 * is. Plain Java: the index behind {@link StoryIndex} is the only state, so the same order gives the same stories.
 */
public final class StoryAssigner {

    /**
     * A candidate story with what the article shares with it ({@code features}; null for the story of a
     * near-duplicate, which it joins outright), the probability that the article belongs there, and the content
     * similarity that links storylines.
     */
    public record Candidate(StoryProfile story, MatchFeatures features, double score, double content) {
    }

    /** The article's candidate stories, best first, and what the ranking needed. */
    private record Ranking(ArticleVectors vectors, List<NearDuplicate> duplicates, List<Candidate> ranked) {
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingDouble(Candidate::score).reversed()
            .thenComparing(Candidate::story, StoryProfile.OLDEST_FIRST);

    private static final Comparator<StoryProfile> SURVIVOR_FIRST =
            Comparator.comparingInt(StoryProfile::articleCount).reversed().thenComparing(StoryProfile.OLDEST_FIRST);

    private final StoryIndex index;
    private final StoryRules rules;
    private final StorySimilarity similarity;

    public StoryAssigner(StoryIndex index, StoryRules rules) {
        this.index = index;
        this.rules = rules;
        this.similarity = new StorySimilarity(rules);
    }

    public Assignment assign(StoryArticle article) {
        Optional<String> placed = index.storyOf(article.id());
        if (placed.isPresent()) {
            return Assignment.unchanged(article.id(), placed.get());
        }
        Ranking ranking = rank(article);
        List<Candidate> ranked = ranking.ranked();
        Candidate best = ranked.isEmpty() ? null : ranked.get(0);
        Placement placement = best != null && best.score() >= rules.joinThreshold()
                ? join(article, ranking.vectors(), ranked, ranking.duplicates())
                : start(article, ranking.vectors(), ranked, ranking.duplicates());
        index.record(placement);
        return placement.assignment();
    }

    /**
     * The stories an article not yet placed would be compared with, best first, without placing it: what training
     * the match weights learns from.
     */
    public List<Candidate> candidates(StoryArticle article) {
        return rank(article).ranked();
    }

    private Ranking rank(StoryArticle article) {
        ArticleVectors vectors = similarity.vectors(article, index.frequencies(StorySimilarity.frequencyKeys(article)));
        List<NearDuplicate> duplicates = article.fingerprint().isPresent()
                ? index.nearDuplicates(article.fingerprint().getAsLong(), rules.maxDuplicateBits())
                : List.of();
        LocalDate from = LocalDate.ofInstant(article.publishedAt().minus(rules.window()), ZoneOffset.UTC);
        LocalDate to = LocalDate.ofInstant(article.publishedAt().plus(rules.window()), ZoneOffset.UTC);
        Map<String, StoryProfile> candidates = new LinkedHashMap<>();
        index.candidates(vectors.keys(), from, to, rules.candidates()).forEach(s -> candidates.put(s.id(), s));
        for (NearDuplicate d : duplicates) {
            if (!candidates.containsKey(d.storyId())) {
                index.story(d.storyId()).ifPresent(s -> candidates.put(s.id(), s));
            }
        }
        Set<String> duplicateStories = Set.copyOf(duplicates.stream().map(NearDuplicate::storyId).toList());
        List<Candidate> ranked = new ArrayList<>();
        for (StoryProfile story : candidates.values()) {
            if (duplicateStories.contains(story.id())) {
                ranked.add(new Candidate(story, null, 1.0, 1.0));
            } else if (story.gapTo(article.publishedAt()).compareTo(rules.window()) <= 0) {
                MatchFeatures features = StorySimilarity.features(article, vectors, story);
                ranked.add(new Candidate(story, features, similarity.score(features),
                        similarity.content(vectors, story)));
            }
        }
        ranked.sort(BEST_FIRST);
        return new Ranking(vectors, duplicates, ranked);
    }

    private Placement join(StoryArticle article, ArticleVectors vectors, List<Candidate> ranked,
                           List<NearDuplicate> duplicates) {
        List<StoryProfile> joined = new ArrayList<>();
        joined.add(ranked.get(0).story());
        if (ranked.get(0).score() >= rules.mergeThreshold()) {
            ranked.stream().skip(1).filter(s -> s.score() >= rules.mergeThreshold())
                    .forEach(s -> joined.add(s.story()));
        }
        joined.sort(SURVIVOR_FIRST);
        StoryProfile survivor = joined.get(0);
        List<String> merged = new ArrayList<>();
        for (StoryProfile other : joined.subList(1, joined.size())) {
            survivor = survivor.absorbing(other);
            merged.add(other.id());
        }
        Assignment assignment = new Assignment(article.id(), survivor.id(), false, List.copyOf(merged), List.of(),
                resolved(duplicates, merged, survivor.id()), false);
        return placement(assignment, article, survivor.with(article, vectors, rules.coreSize()), vectors);
    }

    private Placement start(StoryArticle article, ArticleVectors vectors, List<Candidate> ranked,
                            List<NearDuplicate> duplicates) {
        Candidate closest = ranked.stream().max(Comparator.comparingDouble(Candidate::content)
                .thenComparing(Candidate::story, StoryProfile.OLDEST_FIRST.reversed())).orElse(null);
        String id = StoryIds.startedBy(article.id());
        // a storyline is told over days: the earlier event's story counts however long ago it was (in the window)
        boolean linked = closest != null && closest.content() >= rules.linkThreshold();
        StoryProfile story = StoryProfile.founded(id, linked ? closest.story().storylineId() : id, article, vectors);
        Assignment assignment = new Assignment(article.id(), id, true, List.of(),
                linked ? List.of(closest.story().id()) : List.of(), duplicates, false);
        return placement(assignment, article, story, vectors);
    }

    private static List<NearDuplicate> resolved(List<NearDuplicate> duplicates, List<String> merged,
                                                 String survivor) {
        return duplicates.stream().map(d -> merged.contains(d.storyId())
                ? new NearDuplicate(d.articleId(), survivor, d.distance()) : d).toList();
    }

    private static Placement placement(Assignment assignment, StoryArticle article, StoryProfile story,
                                       ArticleVectors vectors) {
        return new Placement(assignment, article, story, vectors.keys(), StorySimilarity.frequencyKeys(article),
                article.fingerprint());
    }
}
