package org.marsad.store.story;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.marsad.events.ArticleStored;
import org.marsad.events.EnrichedArticle;
import org.marsad.events.EventsJson;
import org.marsad.events.StoryUpdated;
import org.marsad.events.Topics;
import org.marsad.localstack.test.KafkaTestResource;
import org.marsad.localstack.test.PostgresTestResource;
import org.marsad.localstack.test.TestKafka;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Stories end to end on a real broker and database: articles in, stories placed, served and announced. */
@QuarkusTest
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(PostgresTestResource.class)
class StoriesApiTest {

    private final String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);

    @Test
    void groupsEachEventIntoAStoryAndLinksTheStoryline() {
        storeInTurn(StoryFixtures.attackArticles());
        storeInTurn(StoryFixtures.distractorsArticles().subList(0, 1));
        storeInTurn(StoryFixtures.unVoteArticles());
        storeInTurn(StoryFixtures.strikesArticles());

        String attack = storyOf("attack-1");
        String vote = storyOf("vote-1");
        String strikes = storyOf("strikes-1");
        assertThat(List.of(attack, vote, strikes)).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(storyOf("attack-2")).isEqualTo(attack);
        assertThat(storyOf("attack-3")).isEqualTo(attack);
        assertThat(storyOf("vote-2")).isEqualTo(vote);
        assertThat(storyOf("other-1")).isNotIn(attack, vote, strikes);

        JsonPath story = given().get("/stories/{id}", attack).then().statusCode(200).extract().jsonPath();
        assertThat(story.getString("id")).isEqualTo(attack);
        assertThat(story.getInt("articleCount")).isEqualTo(3);
        assertThat(story.getList("outlets.outlet")).containsExactlyInAnyOrder("Wire", "Daily", "Herald");
        assertThat(story.getList("languages")).containsExactly("en");
        assertThat(story.getList("articlesByOutlet.outlet")).containsExactlyInAnyOrder("Wire", "Daily", "Herald");
        assertThat(story.getList("timeline.articleId")).containsExactly("attack-1", "attack-2", "attack-3");
        assertThat(story.getList("topEntities.id")).contains("loc:douma", "loc:SY");
        assertThat(story.getList("related.id")).contains(vote, strikes);
        assertThat(story.getString("requestedId")).isNull();
        assertThat(story.getList("comparison.outlets")).containsExactlyInAnyOrder("Wire", "Daily", "Herald");
        assertThat(story.getList("comparison.sharedEntities.id")).contains("loc:douma");
        given().get("/stories/{id}", strikes).then().body("storylineId", equalTo(attack));

        given().queryParam("story", vote).get("/articles").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.containsInAnyOrder("vote-1", "vote-2"))
                .body("items[0].storyId", equalTo(vote));
        given().queryParam("entity", "org:unsc").get("/stories").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItems(vote, strikes))
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(attack)));
        given().get("/entities/{id}", "loc:douma").then().statusCode(200)
                .body("stories.id", org.hamcrest.Matchers.hasItems(attack, vote));
        assertThat(given().get("/stats").jsonPath().getLong("stories")).isGreaterThanOrEqualTo(4);

        assertThat(announced(Topics.STORED, "attack-2", ArticleStored.class))
                .extracting(ArticleStored::storyId).contains(attack);
        assertThat(announced(Topics.STORIES, attack, StoryUpdated.class)).last().satisfies(u -> {
            assertThat(u.articleCount()).isEqualTo(3);
            assertThat(u.outlets()).containsExactly("Daily", "Herald", "Wire");
            assertThat(u.mergedInto()).isNull();
        });
    }

    @Test
    void resolvesTheIdOfAStoryMergedAwayToItsSurvivor() {
        List<EnrichedArticle> flood = StoryFixtures.floodArticles();
        storeInTurn(flood.subList(0, 1));
        storeInTurn(flood.subList(1, 2));
        String dam = storyOf("flood-dam");
        String rescue = storyOf("flood-rescue");
        assertThat(rescue).isNotEqualTo(dam);

        storeInTurn(flood.subList(2, 3));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(storyOf("flood-rescue")).isEqualTo(dam));
        given().get("/stories/{id}", rescue).then().statusCode(200)
                .body("id", equalTo(dam))
                .body("requestedId", equalTo(rescue))
                .body("mergedFrom", equalTo(List.of(rescue)))
                .body("articleCount", equalTo(3));
        given().queryParam("story", rescue).get("/articles").then()
                .body("items.id", org.hamcrest.Matchers.containsInAnyOrder("flood-dam", "flood-rescue", "flood-bridge"));
        assertThat(announced(Topics.STORIES, rescue, StoryUpdated.class))
                .extracting(StoryUpdated::mergedInto).contains(dam);
        given().get("/stories/{id}", "no-such-story").then().statusCode(404).body("error", equalTo("not_found"));
    }

    @Test
    void linksNearDuplicatesAndKeepsAStoryWhenReplayed() {
        long fingerprint = 0x0123_4567_89AB_CDEFL;
        EnrichedArticle wire = StoryFixtures.withFingerprint("dup-wire", "Agency", StoryFixtures.day(40, 1),
                "Quake strikes the coast", "A strong earthquake struck the coast early on Monday.",
                String.format("%016x", fingerprint));
        EnrichedArticle copy = StoryFixtures.withFingerprint("dup-copy", "Paper", StoryFixtures.day(40, 2),
                "Coast shaken by quake", "The coast was shaken by a strong earthquake on Monday morning.",
                String.format("%016x", fingerprint ^ 0b11L));
        storeInTurn(List.of(wire));
        storeInTurn(List.of(copy));

        given().get("/articles/{id}", "dup-copy").then().statusCode(200)
                .body("storyId", equalTo(storyOf("dup-wire")))
                .body("nearDuplicates.id", equalTo(List.of("dup-wire")))
                .body("nearDuplicates[0].outlet", equalTo("Agency"))
                .body("nearDuplicates[0].title", equalTo("Quake strikes the coast"))
                .body("nearDuplicates[0].distance", equalTo(2));
        given().get("/articles/{id}", "dup-wire").then().body("nearDuplicates.id", equalTo(List.of("dup-copy")));

        String story = storyOf("dup-copy");
        send(copy);
        send(StoryFixtures.withFingerprint("dup-copy", "Paper", StoryFixtures.day(40, 2), "Minister resigns",
                "The minister resigned.", null));
        send(StoryFixtures.en("dup-marker", "Paper", StoryFixtures.day(41, 2), "Marker", "A marker."));
        awaitStored("dup-marker");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/articles/{id}", "dup-copy").then().body("title", equalTo("Minister resigns")));
        assertThat(storyOf("dup-copy")).isEqualTo(story);
    }

    private void storeInTurn(List<EnrichedArticle> articles) {
        articles.forEach(this::send);
        articles.forEach(a -> awaitStored(a.id()));
    }

    private void send(EnrichedArticle article) {
        try {
            TestKafka.send(bootstrap, Topics.ENRICHED, article.id(), EventsJson.newMapper().writeValueAsBytes(article));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitStored(String id) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> given().get("/articles/{id}", id).statusCode() == 200);
    }

    private static String storyOf(String articleId) {
        return given().get("/articles/{id}", articleId).then().statusCode(200).extract().path("storyId");
    }

    private <T> List<T> announced(String topic, String key, Class<T> type) {
        List<ConsumerRecord<String, byte[]>> records = TestKafka.poll(bootstrap, topic, r -> key.equals(r.key()), 50,
                Duration.ofSeconds(5));
        return records.stream().map(r -> {
            try {
                return EventsJson.newMapper().readValue(r.value(), type);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
