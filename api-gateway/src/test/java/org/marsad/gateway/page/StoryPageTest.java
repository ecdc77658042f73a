package org.marsad.gateway.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marsad.events.ArticleStored;
import org.marsad.events.EventsJson;
import org.marsad.events.StoryUpdated;
import org.marsad.events.Topics;
import org.marsad.gateway.FakeUpstreams;
import org.marsad.localstack.test.KafkaTestResource;
import org.marsad.localstack.test.TestKafka;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The web page in a real headless Chromium, against a fake store-service (stories as the contract describes
 * them) and the real broker for live updates.
 */
@QuarkusTest
@WithTestResource(KafkaTestResource.class)
@WithTestResource(FakeUpstreams.class)
class StoryPageTest {

    private static final ObjectMapper JSON = EventsJson.newMapper();
    private static HeadlessChromium chromium;

    @TestHTTPResource("/")
    URL page;

    @BeforeAll
    static void startChromium() {
        chromium = HeadlessChromium.start();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void answerAsTheStoreWould() throws IOException {
        FakeUpstreams.reset();
        FakeUpstreams.store().answer("GET", "/stories", 200, fixture("stories.json"));
        FakeUpstreams.store().answer("GET", "/stories/st-harbour", 200, fixture("story.json"));
        FakeUpstreams.store().answer("GET", "/articles", 200, "{\"items\":[],\"next\":null}");
    }

    @Test
    void showsTheStoryComparisonSideBySideEachOutletInItsOwnDirection() {
        chromium.open(page.toString());
        WebElement storyLink = chromium.await(By.cssSelector("#stories [data-story-id='st-harbour'] a.title"));
        assertThat(chromium.driver().findElement(By.cssSelector("#stories [data-story-id='st-harbour']")).getText())
                .contains("وكالة الشرق").contains("North Wire");

        // By keyboard: the story's link takes focus and Enter opens it.
        storyLink.sendKeys(Keys.ENTER);
        chromium.await(By.cssSelector(".story-page .comparison .outlet-column"));
        List<WebElement> columns = chromium.driver().findElements(By.cssSelector(".comparison .outlet-column"));
        assertThat(columns).hasSize(2);

        WebElement arabic = column("وكالة الشرق");
        assertThat(arabic.getAttribute("dir")).isEqualTo("rtl");
        assertThat(arabic.getAttribute("lang")).isEqualTo("ar");
        assertThat(arabic.getText()).contains("سامي الحلبي ×2").contains("العاملين").contains("3 / 0")
                .contains("الانفجار وقع فجرا").contains("also carried by").contains("North Wire");
        WebElement english = column("North Wire");
        assertThat(english.getAttribute("dir")).isEqualTo("ltr");
        assertThat(english.getText()).contains("United Nations").contains("blast").contains("We heard it across the city");

        String page = chromium.driver().findElement(By.cssSelector(".story-page")).getText();
        assertThat(page).contains("Every outlet mentions").contains("طرطوس")
                .contains("Numbers compared").contains("disagree")
                .contains("Timeline").contains("Blast at Tartus port kills four")
                .contains("لجنة تحقيق في انفجار طرطوس");
        assertThat(chromium.driver().switchTo().activeElement().getTagName()).isEqualTo("h2");
        chromium.screenshot(Path.of("target", "screenshots", "story-page-fake-store.png"));
    }

    @Test
    void showsNewStoriesAndArticlesFromTheStreamWithoutReload() throws Exception {
        chromium.open(page.toString() + "#/");
        chromium.await(By.cssSelector("#stories [data-story-id='st-harbour']"));
        chromium.await(By.cssSelector("#live[data-state='open']"));

        // The gateway's consumer joins the topics a little after start: send until the page shows one.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            String storyId = "st-live-" + UUID.randomUUID();
            Instant now = Instant.now();
            send(Topics.STORIES, storyId, new StoryUpdated(StoryUpdated.SCHEMA_VERSION, storyId,
                    "قمة طارئة في عمّان", 2, List.of("وكالة الشرق", "North Wire"), List.of("ar", "en"), now, now, now,
                    null, null, null));
            return !chromium.driver().findElements(By.cssSelector("#stories [data-story-id^='st-live-']")).isEmpty();
        });
        assertThat(chromium.driver().findElement(By.cssSelector("#stories li")).getText()).contains("قمة طارئة في عمّان");

        ArticleStored article = new ArticleStored(ArticleStored.SCHEMA_VERSION, "a-" + UUID.randomUUID(),
                "North Wire", "Emergency summit opens in Amman", "en", "Leaders met.", Instant.now(), Instant.now(),
                null);
        send(Topics.STORED, article.id(), article);
        WebElement card = chromium.await(By.cssSelector("#articles [data-article-id='" + article.id() + "']"));
        assertThat(card.getText()).contains("Emergency summit opens in Amman");
    }

    @Test
    void searchesAndOpensAnEntityWithItsAliasesInEveryScript() {
        FakeUpstreams.store().answer("GET", "/entities", 200,
                "{\"items\":[{\"id\":\"loc:tartus\",\"type\":\"LOCATION\",\"name\":\"طرطوس\",\"aliases\":[\"Tartus\"]}]}");
        FakeUpstreams.store().answer("GET", "/entities/loc:tartus", 200, """
                {"id":"loc:tartus","type":"LOCATION","name":"طرطوس","aliases":["Tartus","Tartous","Тартус"],
                 "articleCount":2,"mentionCount":5,"articles":[],
                 "stories":[{"id":"st-harbour","title":"انفجار في ميناء طرطوس","articleCount":2,
                   "outlets":[{"outlet":"وكالة الشرق","articleCount":1}],"languages":["ar"]}]}""");
        chromium.open(page.toString() + "#/");
        WebElement q = chromium.await(By.id("q"));
        q.sendKeys("Tartus", Keys.ENTER);

        chromium.await(By.cssSelector(".chip.LOCATION a")).sendKeys(Keys.ENTER);
        WebElement entity = chromium.await(By.cssSelector(".entity-page[data-entity-id='loc:tartus']"));
        assertThat(entity.getText()).contains("Tartous").contains("Тартус").contains("انفجار في ميناء طرطوس");
        assertThat(entity.findElement(By.tagName("h2")).getAttribute("dir")).isEqualTo("rtl");
        assertThat(FakeUpstreams.store().received("GET", "/articles"))
                .anyMatch(r -> "Tartus".equals(r.query().get("q")));
    }

    private static WebElement column(String outlet) {
        return chromium.driver().findElements(By.cssSelector(".comparison .outlet-column")).stream()
                .filter(c -> outlet.equals(c.getAttribute("data-outlet"))).findFirst().orElseThrow();
    }

    private static void send(String topic, String key, Object value) throws Exception {
        TestKafka.send(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class), topic, key,
                JSON.writeValueAsBytes(value));
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = StoryPageTest.class.getResourceAsStream("/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
