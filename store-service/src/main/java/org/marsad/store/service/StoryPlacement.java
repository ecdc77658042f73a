package org.marsad.store.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.marsad.store.config.StoreConfig;
import org.marsad.store.domain.ArticleVersion;
import org.marsad.store.repository.JdbcStoryIndex;
import org.marsad.store.repository.StoryProfileCache;
import org.marsad.store.story.Assignment;
import org.marsad.store.story.StoryArticle;
import org.marsad.store.story.StoryAssigner;
import org.marsad.store.story.StoryRules;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Places newly stored articles into stories inside the batch's transaction, so an article and its story are
 * committed together (a crash leaves neither). Placement is serialised across store instances by a transaction
 * lock: the assignment reads what the previous articles wrote.
 */
@ApplicationScoped
public class StoryPlacement {

    /** Arbitrary, fixed: the advisory lock every store instance takes to place articles. */
    private static final long PLACEMENT_LOCK = 0x4D_41_52_53_41_44_53L;

    private final ObjectMapper json;
    private final StoryProfileCache profiles;
    private final StoryRules rules;

    public StoryPlacement(ObjectMapper json, StoreConfig config) {
        this.json = json;
        this.profiles = new StoryProfileCache(config.storyCacheSize());
        this.rules = config.stories().rules();
    }

    /** Places each version whose article has no story yet, in order of publication (then id). */
    public List<Assignment> place(Connection connection, Collection<ArticleVersion> versions) throws SQLException {
        if (versions.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, PLACEMENT_LOCK);
            lock.execute();
        }
        List<StoryArticle> articles = versions.stream().map(ArticleVersion::story)
                .sorted(Comparator.comparing(StoryArticle::publishedAt).thenComparing(StoryArticle::id))
                .toList();
        JdbcStoryIndex index = JdbcStoryIndex.open(connection, json, profiles);
        index.prefetch(articles);
        StoryAssigner assigner = new StoryAssigner(index, rules);
        List<Assignment> assignments = articles.stream().map(assigner::assign).toList();
        index.flush();
        return assignments;
    }
}
