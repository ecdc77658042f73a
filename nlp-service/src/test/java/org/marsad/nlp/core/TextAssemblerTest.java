package org.marsad.nlp.core;

import org.junit.jupiter.api.Test;
import org.marsad.events.RawArticle;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TextAssemblerTest {

    private final TextAssembler assembler = new TextAssembler();

    static RawArticle article(String title, String body, String html) {
        return new RawArticle(1, "id-1", null, null, "Outlet", null, null, title, body, html, null, null,
                Instant.parse("2024-03-02T10:00:00Z"), "push");
    }

    @Test
    void putsTheTitleFirstAsItsOwnParagraph() {
        String text = assembler.assemble(article("  عنوان   الخبر ", "السطر الأول\r\nالسطر الثاني\n\n\n\nفقرة  ثانية", null));
        assertThat(text).isEqualTo("عنوان الخبر\n\nالسطر الأول\nالسطر الثاني\n\nفقرة ثانية");
    }

    @Test
    void turnsHtmlBlocksIntoParagraphsAndDropsScripts() {
        String html = "<div><h1>Ignored head?</h1><p>First <b>bold</b>\n paragraph.</p><script>var x = 1;</script>"
                + "<style>p{}</style><p>Second<br>line</p><ul><li>one</li><li>two</li></ul></div>";
        String text = assembler.assemble(article("Title", "unused body", html));
        assertThat(text).isEqualTo("Title\n\nIgnored head?\n\nFirst bold paragraph.\n\nSecond\nline\n\none\n\ntwo");
        assertThat(text).doesNotContain("var x").doesNotContain("p{}");
    }

    @Test
    void worksWithoutTitleOrBody() {
        assertThat(assembler.assemble(article("", "body only", null))).isEqualTo("body only");
        assertThat(assembler.assemble(article("title only", null, null))).isEqualTo("title only");
    }
}
