package org.marsad.nlp.core;

import org.junit.jupiter.api.Test;
import org.marsad.events.Repair;

import static org.assertj.core.api.Assertions.assertThat;

class TextRepairerTest {

    private final TextRepairer repairer = new TextRepairer();

    @Test
    void replacesAThaiVowelSignInsideAnArabicName() {
        RepairedText r = repairer.repair("التقى الوزير فิصل الحسن في المدينة");
        assertThat(r.text()).isEqualTo("التقى الوزير فيصل الحسن في المدينة");
        assertThat(r.repairs()).singleElement().satisfies(repair -> {
            assertThat(repair.original()).isEqualTo("\u0E34");
            assertThat(repair.replacement()).isEqualTo("ي");
            assertThat(r.text().substring(repair.start(), repair.end())).isEqualTo("ي");
            assertThat(repair.reason()).isEqualTo(TextRepairer.FOREIGN_LETTER);
        });
    }

    @Test
    void replacesLatinLettersGluedToAnArabicWordWhenTheResultIsAWord() {
        RepairedText r = repairer.repair("عاد الناس إلى بيوتهم وقراهem بعد الحرب");
        assertThat(r.text()).isEqualTo("عاد الناس إلى بيوتهم وقراهم بعد الحرب");
        Repair repair = r.repairs().get(0);
        assertThat(repair.original()).isEqualTo("em");
        assertThat(r.text().substring(repair.start(), repair.end())).isEqualTo("م");
    }

    @Test
    void dropsAShortForeignRunWhenTheArticleShowsTheCleanWord() {
        RepairedText r = repairer.repair("زار المدينة أمس. ثم عاد إلى المدينةxz مساء");
        assertThat(r.text()).isEqualTo("زار المدينة أمس. ثم عاد إلى المدينة مساء");
        assertThat(r.repairs()).singleElement().extracting(Repair::replacement).isEqualTo("");
    }

    @Test
    void replacesPersianYehAndKehehInArabicText() {
        RepairedText r = repairer.repair("وصلت شحنة لقاح سبوتنيك لایت إلى البلاد وکان ذلك متوقعا");
        assertThat(r.text()).contains("لايت").contains("وكان");
        assertThat(r.repairs()).extracting(Repair::reason).containsOnly(TextRepairer.PERSIAN_LETTER);
    }

    @Test
    void leavesPersianTextAlone() {
        String persian = "این یک متن کوتاه فارسی است که درباره کتاب و زندگی نوشته شده";
        assertThat(repairer.repair(persian).text()).isEqualTo(persian);
    }

    @Test
    void neverTouchesLatinWordsInArabicText() {
        String text = "وصلت شحنات لقاح Sputnik V ولقاح \"سبوتنيك V\" إلى البلاد";
        RepairedText r = repairer.repair(text);
        assertThat(r.text()).isEqualTo(text);
        assertThat(r.repairs()).isEmpty();
    }

    @Test
    void leavesUnknownForeignRunsWithoutEvidence() {
        String text = "كلمة بلبلوشqk هنا"; // no word بلبلوش in the article or in real news
        assertThat(repairer.repair(text).text()).isEqualTo(text);
    }

    @Test
    void removesInvisibleCharactersAndAppliesNfkc() {
        RepairedText r = repairer.repair("بشار\u200F الأسد\u200B و\uFEFFموسكو ﻻ");
        assertThat(r.text()).isEqualTo("بشار الأسد وموسكو لا");
    }

    @Test
    void keepsTatweelAndDiacriticsForDisplay() {
        String text = "الرئيـــس مُحَمَّد";
        assertThat(repairer.repair(text).text()).isEqualTo(text);
    }

    @Test
    void correctsATypingSlipThatRealNewsNeverWritesAndRecordsIt() {
        RepairedText r = repairer.repair("يسيطر الجيش على المدينة رغن وجود مقاتلين فيها");
        assertThat(r.text()).isEqualTo("يسيطر الجيش على المدينة رغم وجود مقاتلين فيها");
        assertThat(r.repairs()).singleElement().satisfies(repair -> {
            assertThat(repair.original()).isEqualTo("رغن");
            assertThat(repair.replacement()).isEqualTo("رغم");
            assertThat(repair.reason()).isEqualTo(TextRepairer.MISSPELLING);
            assertThat(r.text().substring(repair.start(), repair.end())).isEqualTo("رغم");
        });
    }

    @Test
    void leavesRareNamesAndCorrectWordsAlone() {
        String text = "وقال الرئيس التشيكي ميلوس زيمان إن بلاده لن تغير موقفها";
        assertThat(repairer.repair(text).text()).isEqualTo(text);
    }
}
