package org.marsad.store.config;

import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;
import org.marsad.store.story.StoryRules;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The store's typed configuration, read the way Quarkus reads it (no application needed). */
class StoreConfigTest {

    private static StoreConfig config(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(StoreConfig.class)
                .withConverter(Duration.class, 100, new DurationConverter()) // Quarkus' "30s" form
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
        return config.getConfigMapping(StoreConfig.class);
    }

    @Test
    void theStoryDefaultsAreTheTunedRules() {
        assertThat(config(Map.of()).stories().rules()).isEqualTo(StoryRules.DEFAULTS);
    }

    @Test
    void eachStoryKnobCanBeSet() {
        StoryRules rules = config(Map.of("marsad.store.stories.join-threshold", "0.3",
                "marsad.store.stories.window", "P2D", "marsad.store.stories.core-size", "8",
                "marsad.store.stories.weights.title", "2.5")).stories().rules();

        assertThat(rules.joinThreshold()).isEqualTo(0.3);
        assertThat(rules.window()).isEqualTo(Duration.ofDays(2));
        assertThat(rules.coreSize()).isEqualTo(8);
        assertThat(rules.weights().title()).isEqualTo(2.5);
        assertThat(rules.weights().terms()).isEqualTo(StoryRules.DEFAULTS.weights().terms());
        assertThat(rules.linkThreshold()).isEqualTo(StoryRules.DEFAULTS.linkThreshold());
    }
}
