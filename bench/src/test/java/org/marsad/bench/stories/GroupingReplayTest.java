package org.marsad.bench.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One corpus of a gold set replayed end to end on a small SaudiNewsNet-shaped corpus we write: the gold days by
 * local Saudi time, through the real NLP core and assigner, scored pairwise.
 */
class GroupingReplayTest {

    private static final String FIRE = "أخمدت فرق الدفاع المدني في مكة المكرمة فجر اليوم حريقا اندلع في عمارة سكنية من أربعة أدوار"
            + " بحي العزيزية، وأخلت خمسة وثلاثين شخصا من السكان، وأوضح المتحدث الرسمي للدفاع المدني نايف الشريف أن"
            + " الحريق نشب في إحدى الشقق بسبب شاحن هاتف جوال ترك موصولا بالكهرباء، ولم تسجل أي إصابات خطيرة.";

    @TempDir
    Path dir;

    @Test
    void replaysTheGoldDaysInLocalTimeAndScoresTheirStories() throws IOException {
        Path corpus = dir.resolve("snn.jsonl.gz");
        write(corpus,
                row("a1", "okaz", "2015-08-06 09:00:00", "إخلاء 35 شخصا إثر حريق عمارة سكنية بمكة", FIRE),
                row("a2", "alriyadh", "2015-08-06 11:00:00", "حريق عمارة سكنية في العزيزية بمكة", FIRE),
                row("b1", "sabq", "2015-08-06 10:00:00", "الهلال يتعاقد مع مدرب جديد لموسمين",
                        "أعلنت إدارة نادي الهلال اليوم التعاقد مع المدرب البرتغالي لمدة موسمين، على أن يصل إلى الرياض"
                                + " الأسبوع المقبل لقيادة تدريبات الفريق الأول استعدادا للموسم الكروي الجديد."),
                // 00:30 on 7 August in Riyadh is still 6 August in UTC: outside the gold days, not replayed
                row("c1", "aljazirah", "2015-08-07 00:30:00", "خبر في اليوم التالي", "نص خبر في اليوم التالي لا يخص الحريق."),
                row("d1", "alyaum", null, "خبر بلا تاريخ", "نص خبر لا يحمل تاريخ نشر."));
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put("a1", "makkah-fire");
        groups.put("a2", "makkah-fire");
        groups.put("b1", "distractor-1");
        groups.put("elsewhere", "distractor-2"); // an article of another corpus of the same gold set

        GroupingEvaluation.Replay replay = GroupingEvaluation.Replay.of(corpus, StoryCorpus.SAUDINEWSNET,
                new GoldGroups(groups));
        GroupingEvaluation.Result result = replay.assign(org.marsad.store.story.StoryRules.DEFAULTS);

        assertThat(replay.gold().groupOf()).containsOnlyKeys("a1", "a2", "b1");
        assertThat(replay.articles()).extracting(a -> a.id()).containsExactly("a1", "b1", "a2");
        assertThat(result.storyOf().get("a1")).isEqualTo(result.storyOf().get("a2")).isNotEqualTo(result.storyOf().get("b1"));
        assertThat(result.scores()).isEqualTo(new PairwiseScores(1, 0, 0));
        assertThat(result.failures()).isEmpty();
    }

    private static Map<String, String> row(String id, String outlet, String published, String title, String body) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("outlet", outlet);
        row.put("language", "ar");
        row.put("title", title);
        row.put("published", published);
        row.put("body", body);
        return row;
    }

    @SafeVarargs
    private static void write(Path file, Map<String, String>... rows) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file));
             Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            for (Map<String, String> row : rows) {
                w.write(json.writeValueAsString(row));
                w.write('\n');
            }
        }
    }
}
