package org.marsad.store.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.events.EnrichedArticle;
import org.marsad.store.comparison.ComparedArticle;
import org.marsad.store.comparison.StoryComparer;
import org.marsad.store.comparison.StoryComparison;
import org.marsad.store.domain.ArticleQuery;
import org.marsad.store.domain.ArticleSummary;
import org.marsad.store.domain.Cursor;
import org.marsad.store.domain.Page;
import org.marsad.store.domain.StoryDetails;
import org.marsad.store.domain.StoryQuery;
import org.marsad.store.domain.StorySummary;
import org.marsad.store.repository.ArticleReadRepository;
import org.marsad.store.repository.StoryReadRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stories for the API: pages of summaries, and one story whole (merged ids resolve to the survivor). */
@ApplicationScoped
public class StoryCatalog {

    /** Most articles a story page lists and compares; a story larger than that shows its latest ones. */
    static final int MAX_ARTICLES = 200;

    private final StoryReadRepository stories;
    private final ArticleReadRepository articles;
    /** Stateless and thread-safe: one for every request. */
    private final StoryComparer comparer = new StoryComparer();
    private final ObjectMapper json;

    public StoryCatalog(StoryReadRepository stories, ArticleReadRepository articles, ObjectMapper json) {
        this.stories = stories;
        this.articles = articles;
        this.json = json;
    }

    public Page<StorySummary> list(StoryQuery query) {
        List<StorySummary> found = stories.list(query, query.limit() + 1);
        if (found.size() <= query.limit()) {
            return new Page<>(found, null);
        }
        List<StorySummary> page = found.subList(0, query.limit());
        StorySummary last = page.get(page.size() - 1);
        return new Page<>(List.copyOf(page), new Cursor(last.updatedAt(), last.id()).encode());
    }

    public Optional<StoryDetails> find(String id) {
        Optional<StorySummary> found = stories.resolve(id).flatMap(stories::find);
        return found.map(s -> details(id, s));
    }

    private StoryDetails details(String requestedId, StorySummary s) {
        List<ArticleSummary> members = articles.list(ArticleQuery.byStory(s.id(), MAX_ARTICLES), MAX_ARTICLES);
        Map<String, List<ArticleSummary>> byOutlet = new LinkedHashMap<>();
        s.outlets().forEach(o -> byOutlet.put(o.outlet(), new ArrayList<>()));
        members.forEach(a -> byOutlet.computeIfAbsent(a.outlet(), k -> new ArrayList<>()).add(a));
        List<StoryDetails.OutletArticles> articlesByOutlet = byOutlet.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new StoryDetails.OutletArticles(e.getKey(), e.getValue())).toList();
        List<StoryDetails.TimelineEntry> timeline = members.stream()
                .sorted(Comparator.comparing(StoryCatalog::timeOf).thenComparing(ArticleSummary::id))
                .map(a -> new StoryDetails.TimelineEntry(a.id(), a.outlet(), a.title(), a.language(), timeOf(a)))
                .toList();
        StoryComparison comparison = comparer.compare(documents(s.id()).stream().map(ComparedArticle::of).toList());
        return new StoryDetails(s.id(), s.title(), s.articleCount(), s.outlets(), s.languages(),
                s.firstPublishedAt(), s.lastPublishedAt(), s.updatedAt(), s.topEntities(), s.storylineId(),
                requestedId.equals(s.id()) ? null : requestedId, stories.mergedFrom(s.id()), articlesByOutlet,
                timeline, stories.related(s.id(), s.storylineId()), comparison);
    }

    private List<EnrichedArticle> documents(String storyId) {
        List<EnrichedArticle> docs = new ArrayList<>();
        for (String doc : stories.documents(storyId, MAX_ARTICLES)) {
            try {
                docs.add(json.readValue(doc, EnrichedArticle.class));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a stored document is an EnrichedArticle", e);
            }
        }
        return docs;
    }

    private static Instant timeOf(ArticleSummary a) {
        return a.publishedAt() != null ? a.publishedAt() : a.storedAt();
    }
}
