package org.marsad.ingest.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.marsad.ingest.domain.ArticleDraft;
import org.marsad.ingest.domain.CanonicalUrl;
import org.marsad.ingest.feed.FeedException;
import org.marsad.ingest.feed.FeedFetcher;
import org.marsad.ingest.feed.FetchResult;
import org.marsad.ingest.feed.MainTextExtractor;
import org.marsad.ingest.feed.Teaser;
import org.marsad.ingest.repository.SeenRepository;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full text for feeds that ask for it: an item that carries only a teaser gets the main text of its page
 * ({@link MainTextExtractor}); its source then says {@value #SOURCE} (headline, date and link from the feed, text
 * from the page). Items already published are left out before any page is fetched, so a poll does not download
 * every page again; a page that cannot be fetched or read leaves the teaser, which is published as it is.
 */
@ApplicationScoped
public class FullTextFetcher {

    public static final String SOURCE = "feed+page";
    /** Pages fetched per poll at most: the rest keep their teasers. */
    static final int MAX_PAGES_PER_POLL = 30;
    private static final Logger LOG = Logger.getLogger(FullTextFetcher.class);
    private static final Pattern CHARSET = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);

    private final FeedFetcher fetcher;
    private final SeenRepository seen;
    private final MainTextExtractor extractor = new MainTextExtractor();

    public FullTextFetcher(FeedFetcher fetcher, SeenRepository seen) {
        this.fetcher = fetcher;
        this.seen = seen;
    }

    /** The drafts not yet published, each with its page's text when the feed gave only a teaser. */
    public List<ArticleDraft> complete(List<ArticleDraft> drafts) {
        Map<String, String> published = seen.contentHashes(drafts.stream().map(d -> d.toRawArticle().id()).toList());
        List<ArticleDraft> result = new ArrayList<>();
        int pages = 0;
        for (ArticleDraft draft : drafts) {
            if (published.containsKey(draft.toRawArticle().id())) {
                continue;
            }
            if (draft.url() != null && pages < MAX_PAGES_PER_POLL && Teaser.isTeaser(draft.html(), draft.body())) {
                pages++;
                Optional<String> page = mainText(draft.url());
                if (page.isPresent()) {
                    draft = new ArticleDraft(draft.url(), draft.outlet(), draft.feedId(), draft.feedUrl(),
                            draft.title(), null, page.get(), draft.languageHint(), draft.publishedAt(),
                            draft.fetchedAt(), SOURCE, draft.guid());
                }
            }
            result.add(draft);
        }
        return result;
    }

    private Optional<String> mainText(String url) {
        try {
            FetchResult result = fetcher.fetch(CanonicalUrl.parse(url), null, null);
            if (result instanceof FetchResult.Document page) {
                return extractor.extract(page.body(), charset(page.contentType()), page.url().toString());
            }
        } catch (FeedException | IllegalArgumentException e) {
            LOG.debugf("No full text for %s: %s", url, e.getMessage());
        }
        return Optional.empty();
    }

    private static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = CHARSET.matcher(contentType.toLowerCase(Locale.ROOT));
        return m.find() ? m.group(1) : null;
    }
}
