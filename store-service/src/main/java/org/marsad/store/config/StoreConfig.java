package org.marsad.store.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.marsad.store.story.MatchWeights;
import org.marsad.store.story.StoryRules;

import java.time.Duration;

/** Settings of the store-service ({@code marsad.store.*}); the defaults suit a single local instance. */
@ConfigMapping(prefix = "marsad.store")
public interface StoreConfig {

    /** How long to wait for articles.stored to acknowledge a batch's announcements before giving up on it. */
    @WithDefault("30s")
    Duration announceTimeout();

    /** Page size of the article and entity lists when the caller gives no {@code limit}. */
    @WithDefault("20")
    int defaultLimit();

    /** Largest {@code limit} a caller may ask for. */
    @WithDefault("100")
    int maxLimit();

    /**
     * Story profiles kept in memory for placement (each a few kilobytes to tens of kilobytes): enough for the
     * stories of the last days, which is where candidates come from.
     */
    @WithDefault("5000")
    int storyCacheSize();

    /** How articles are grouped into stories ({@code marsad.store.stories.*}). */
    Stories stories();

    /**
     * The knobs of story assignment, as {@link StoryRules} documents them. The defaults are
     * {@link StoryRules#DEFAULTS}, chosen on the grouping evaluation; change them only with that evaluation at hand.
     */
    interface Stories {

        @WithDefault("P3D")
        Duration window();

        @WithDefault("0.30")
        double joinThreshold();

        @WithDefault("0.50")
        double mergeThreshold();

        @WithDefault("0.10")
        double linkThreshold();

        @WithDefault("0.4")
        double entityShare();

        @WithDefault("6")
        int keysPerKind();

        @WithDefault("30")
        int candidates();

        @WithDefault("3")
        int maxDuplicateBits();

        @WithDefault("5")
        int coreSize();

        /** The learned weights of the match score ({@code marsad.store.stories.weights.*}). */
        Weights weights();

        default StoryRules rules() {
            return new StoryRules(window(), joinThreshold(), mergeThreshold(), linkThreshold(), entityShare(),
                    keysPerKind(), candidates(), maxDuplicateBits(), coreSize(), weights().matchWeights());
        }
    }

    /**
     * The weights of {@link MatchWeights}, as bench's {@code StoryModelTraining} learned them; retrain rather than
     * edit them by hand.
     */
    interface Weights {

        @WithDefault("-4.187")
        double bias();

        @WithDefault("4.401")
        double title();

        @WithDefault("8.269")
        double terms();

        @WithDefault("0.757")
        double persons();

        @WithDefault("-0.227")
        double organisations();

        @WithDefault("4.988")
        double places();

        @WithDefault("-0.179")
        double others();

        @WithDefault("-0.439")
        double sinceStart();

        @WithDefault("-0.567")
        double outsideSpan();

        @WithDefault("0.091")
        double size();

        default MatchWeights matchWeights() {
            return new MatchWeights(bias(), title(), terms(), persons(), organisations(), places(), others(),
                    sinceStart(), outsideSpan(), size());
        }
    }
}
