package org.marsad.store.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.store.domain.ArticleQuery;
import org.marsad.store.domain.ArticleSummary;
import org.marsad.store.domain.Cursor;
import org.marsad.store.domain.Page;
import org.marsad.store.domain.StoredDocument;
import org.marsad.store.repository.ArticleReadRepository;

import java.util.List;
import java.util.Optional;

/** Pages through stored articles, newest first, with cursors that stay valid while articles keep arriving. */
@ApplicationScoped
public class ArticleCatalog {

    private final ArticleReadRepository articles;

    public ArticleCatalog(ArticleReadRepository articles) {
        this.articles = articles;
    }

    public Page<ArticleSummary> list(ArticleQuery query) {
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

    public Optional<StoredDocument> find(String id) {
        return articles.find(id);
    }
}
