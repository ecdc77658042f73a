package org.marsad.store.comparison;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.marsad.events.EventsJson;
import org.marsad.store.comparison.StoryComparison.OutletEntity;
import org.marsad.store.comparison.StoryComparison.SharedEntity;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.marsad.store.comparison.ComparisonFixtures.OPPOSITION;
import static org.marsad.store.comparison.ComparisonFixtures.STATE;

class StoryComparerTest {

    private static final StoryComparer COMPARER = new StoryComparer();

    private final StoryComparison comparison =
            COMPARER.compare(List.of(ComparisonFixtures.state(), ComparisonFixtures.opposition()));

    @Test
    void listsOutletsEarliestPublisherFirst() {
        assertThat(comparison.outlets()).containsExactly(OPPOSITION, STATE);
    }

    @Test
    void sharesTheEntitiesEveryOutletMentions() {
        assertThat(comparison.sharedEntities()).extracting(SharedEntity::id)
                .containsExactlyInAnyOrder("per:bashar-al-assad", "loc:idlib", "loc:kafranbel", "per:geir-pedersen");
        assertThat(comparison.sharedEntities()).allSatisfy(e -> assertThat(e.outlets()).containsExactly(OPPOSITION, STATE));
        // إدلب: three mentions in each report, more than anyone else
        assertThat(comparison.sharedEntities().get(0).id()).isEqualTo("loc:idlib");
    }

    @Test
    void keepsTheEntitiesOnlyOneOutletMentionsWithTheirCounts() {
        assertThat(comparison.entitiesByOutlet().get(OPPOSITION)).extracting(OutletEntity::id)
                .containsExactlyInAnyOrder("per:raed-saleh", "loc:RU");
        assertThat(comparison.entitiesByOutlet().get(STATE))
                .containsExactly(new OutletEntity("org:syrian-arab-army", org.marsad.events.EntityType.ORGANIZATION,
                        "الجيش العربي السوري", 3));
    }

    @Test
    void aStoryOfOneOutletSharesEverythingAndFavoursNothing() {
        StoryComparison single = COMPARER.compare(List.of(ComparisonFixtures.state()));
        assertThat(single.outlets()).containsExactly(STATE);
        assertThat(single.sharedEntities()).hasSize(5);
        assertThat(single.entitiesByOutlet().get(STATE)).isEmpty();
        assertThat(single.favouredTerms().get(STATE)).isEmpty();
    }

    @Test
    void anEmptyStoryGivesAnEmptyComparison() {
        StoryComparison empty = COMPARER.compare(List.of());
        assertThat(empty.outlets()).isEmpty();
        assertThat(empty.sharedEntities()).isEmpty();
        assertThat(empty.quotes()).isEmpty();
        assertThat(empty.numbers()).isEmpty();
    }

    @Test
    void serialisesToTheConventionsShape() throws Exception {
        ObjectMapper json = EventsJson.newMapper();
        JsonNode node = json.readTree(json.writeValueAsString(comparison));
        assertThat(node.fieldNames()).toIterable().containsExactly(
                "outlets", "sharedEntities", "entitiesByOutlet", "favouredTerms", "quotes", "numbers");
        assertThat(node.at("/sharedEntities/0").fieldNames()).toIterable()
                .containsExactly("id", "type", "name", "outlets");
        assertThat(node.at("/entitiesByOutlet").fieldNames()).toIterable().containsExactly(OPPOSITION, STATE);
        assertThat(node.at("/entitiesByOutlet/" + STATE + "/0").fieldNames()).toIterable()
                .containsExactly("id", "type", "name", "mentions");
        assertThat(node.at("/entitiesByOutlet/" + STATE + "/0/type").asText()).isEqualTo("ORGANIZATION");
    }
}
