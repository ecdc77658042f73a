package org.marsad.store.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.store.domain.ArticleQuery;
import org.marsad.store.domain.ArticleSummary;
import org.marsad.store.domain.Cursor;
import org.marsad.store.domain.NearDuplicateRef;
import org.marsad.store.domain.Page;
import org.marsad.store.domain.StoredDocument;
import org.marsad.store.repository.ArticleReadRepository;
import org.marsad.store.repository.StoryReadRepository;

import java.util.List;
import java.util.Optional;

/** Pages through stored articles, newest first, with cursors that stay valid while articles keep arriving. */
@ApplicationScoped
public class ArticleCatalog {

    private final ArticleReadRepository articles;
    private final StoryReadRepository stories;

    public ArticleCatalog(ArticleReadRepository articles, StoryReadRepository stories) {
        this.articles = articles;
        this.stories = stories;
    }

    public Page<ArticleSummary> list(ArticleQuery asked) {
        ArticleQuery query = asked;
        if (asked.storyId() != null) {
            // an id merged away lists its survivor's articles
            Optional<String> live = stories.resolve(asked.storyId());
            if (live.isEmpty()) {
                return new Page<>(List.of(), null);
            }
            query = new ArticleQuery(asked.q(), asked.language(), asked.outlet(), asked.entityId(), asked.feedId(),
                    live.get(), asked.since(), asked.until(), asked.limit(), asked.after());
        }
        // One more than asked tells whether there is a next page without counting.
        List<ArticleSummary> found = articles.list(query, query.limit() + 1);
        if (found.size() <= query.limit()) {
            return new Page<>(found, null);
        }
        List<ArticleSummary> page = found.subList(0, query.limit());
        ArticleSummary last = page.get(page.size() - 1);
        Cursor next = new Cursor(last.publishedAt() != null ? last.publishedAt() : last.storedAt(), last.id());
        return new Page<>(List.copyOf(page), next.encode());
    }

    public List<NearDuplicateRef> nearDuplicates(String id) {
        return articles.nearDuplicates(id);
    }

    public Optional<StoredDocument> find(String id) {
        return articles.find(id);
    }
}
