package org.marsad.bench.eval;

import org.junit.jupiter.api.Test;
import org.marsad.events.RawArticle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The gold set and the tagger's training annotations against the corpora they annotate (when ../shared/data is
 * present): every article exists, and every form is written in its article, so no annotation names text that is
 * not there.
 */
class GoldSetInCorpusTest {

    private static final Path DATA = Path.of(System.getProperty("marsad.project.dir", ".."))
            .toAbsolutePath().normalize().resolveSibling("shared").resolve("data");

    @Test
    void everyGoldFormIsWrittenInItsArticle() throws IOException {
        assumeTrue(Files.isDirectory(DATA), "skipped: the corpora are not in " + DATA + " (the gold set holds ids only)");
        List<GoldArticle> gold = new ArrayList<>(GoldSet.load("dev"));
        gold.addAll(GoldSet.load("test"));
        gold.addAll(GoldSet.loadTraining());
        Map<String, RawArticle> texts = GoldTexts.load(DATA, gold);

        List<String> absent = new ArrayList<>();
        for (GoldArticle article : gold) {
            RawArticle raw = texts.get(article.id());
            String text = NameNormalizer.normalize(raw.title() + "\n" + raw.body());
            for (GoldEntity entity : article.entities()) {
                for (String form : entity.forms()) {
                    String f = NameNormalizer.normalize(form);
                    // ل + ال is written لل: للأمم المتحدة holds the form الأمم المتحدة
                    boolean written = text.contains(f) || f.startsWith("ال") && text.contains("لل" + f.substring(2));
                    if (!written) {
                        absent.add(article.id() + ": " + form);
                    }
                }
            }
        }
        assertThat(absent).isEmpty();
    }
}
