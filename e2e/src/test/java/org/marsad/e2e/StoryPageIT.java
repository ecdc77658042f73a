package org.marsad.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.gateway.page.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The web page in a real headless Chromium over the whole running system: articles submitted through the API
 * appear live, and two outlets' reports of one event show as one story with its comparison side by side.
 */
class StoryPageIT {

    private static final Duration STORED_WITHIN = Duration.ofSeconds(90);
    private static HeadlessChromium chromium;
    private static Api api;

    @BeforeAll
    static void start() {
        chromium = HeadlessChromium.start();
        api = new Api(RunningStack.get().gatewayUrl());
    }

    @AfterAll
    static void stop() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void submittedArticlesAppearOnTheOpenPageWithoutReload() {
        chromium.open(api.base() + "/");
        chromium.await(By.cssSelector("#live[data-state='open']"), Duration.ofSeconds(30));

        List<String> ids = submitOneEventFromTwoOutlets();

        for (String id : ids) {
            WebElement card = chromium.await(By.cssSelector("#articles [data-article-id='" + id + "']"), STORED_WITHIN);
            assertThat(card.getAttribute("class")).contains("fresh");
        }
        WebElement arabicTitle = chromium.driver().findElement(
                By.cssSelector("#articles [data-article-id='" + ids.get(0) + "'] a.title"));
        assertThat(arabicTitle.getAttribute("dir")).isEqualTo("rtl");
    }

    @Test
    void storyOfTwoOutletsShowsItsComparisonSideBySide() throws IOException {
        List<String> ids = submitOneEventFromTwoOutlets();
        String storyId = await().atMost(STORED_WITHIN).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode first = api.get("/api/v1/articles/" + ids.get(0)).json();
            JsonNode second = api.get("/api/v1/articles/" + ids.get(1)).json();
            String story = first.path("storyId").asText("");
            return !story.isEmpty() && story.equals(second.path("storyId").asText()) ? story : null;
        }, id -> id != null);

        chromium.open(api.base() + "/#/story/" + storyId);
        chromium.await(By.cssSelector(".story-page .comparison .outlet-column"), Duration.ofSeconds(30));
        assertThat(chromium.driver().findElements(By.cssSelector(".comparison .outlet-column"))).hasSize(2);
        String page = chromium.driver().findElement(By.cssSelector(".story-page")).getText();
        assertThat(page).contains("صحيفة الساحل").contains("وكالة المرفأ").contains("Timeline");

        // Kept under target/ so a test run never changes a tracked file; README's picture is copied from here by hand.
        chromium.screenshot(Path.of("target", "screenshots", "story.png"));
    }

    /** Two reports of one (invented) event by two outlets, each in its own framing; returns their ids. */
    private static List<String> submitOneEventFromTwoOutlets() {
        String run = UUID.randomUUID().toString();
        String first = submit(Map.of(
                "url", "https://e2e.example/sahel/" + run,
                "outlet", "صحيفة الساحل",
                "title", "انفجار في مرفأ اللاذقية يودي بحياة ثلاثة عمال",
                "body", "قتل ثلاثة عمال في انفجار وقع فجر اليوم في مرفأ اللاذقية. "
                        + "وقال مدير المرفأ سامي الحلبي إن \"الانفجار نجم عن خزان وقود قديم\". "
                        + "وأضاف أن فرق الإطفاء سيطرت على الحريق خلال ساعتين.",
                "publishedAt", "2026-11-20T06:00:00Z"));
        String second = submit(Map.of(
                "url", "https://e2e.example/marfa/" + run,
                "outlet", "وكالة المرفأ",
                "title", "مقتل خمسة عمال في انفجار بمرفأ اللاذقية",
                "body", "أعلنت السلطات مقتل خمسة عمال في انفجار هز مرفأ اللاذقية صباح اليوم. "
                        + "وقال مدير المرفأ سامي الحلبي إن \"الانفجار نجم عن خزان وقود قديم\". "
                        + "وطالب عمال المرفأ بتحقيق مستقل في أسباب الانفجار.",
                "publishedAt", "2026-11-20T07:30:00Z"));
        return List.of(first, second);
    }

    private static String submit(Map<String, Object> article) {
        Api.Reply reply = api.postJson("/api/v1/articles", article);
        assertThat(reply.status()).as(reply.body()).isEqualTo(202);
        return reply.json().path("id").asText();
    }
}
