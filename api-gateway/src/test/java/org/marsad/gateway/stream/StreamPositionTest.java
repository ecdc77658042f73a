package org.marsad.gateway.stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marsad.events.ArticleStored;
import org.marsad.events.StoryUpdated;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StreamPositionTest {

    private static final StreamPartition A0 = new StreamPartition(ArticleStored.TOPIC, 0);
    private static final StreamPartition S2 = new StreamPartition(StoryUpdated.TOPIC, 2);

    @Test
    void eventIdRoundTrips() {
        StreamPosition position = new StreamPosition(Map.of(S2, 9L, A0, 17L));

        assertThat(position.encode()).isEqualTo("a0:17,s2:9");
        assertThat(StreamPosition.parse("a0:17,s2:9")).contains(position);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0-15", "a0", "a0:x", "a0:-1", "z0:1", "a0:1,a0:2", "a:1", " "})
    void refusesWhatIsNotOneOfItsIds(String id) {
        assertThat(StreamPosition.parse(id)).isEmpty();
    }

    @Test
    void movesOnlyForwardAndKnowsWhatIsAhead() {
        StreamPosition position = new StreamPosition(Map.of(A0, 10L));

        assertThat(position.after(A0, 12).nextOf(A0, 0)).isEqualTo(13);
        assertThat(position.after(A0, 3).nextOf(A0, 0)).isEqualTo(10);
        assertThat(position.isAhead(A0, 9)).isFalse();
        assertThat(position.isAhead(A0, 10)).isTrue();
        assertThat(position.isAhead(S2, 0)).isTrue();
        assertThat(position.orElse(new StreamPosition(Map.of(A0, 1L, S2, 4L))).encode()).isEqualTo("a0:10,s2:4");
    }
}
