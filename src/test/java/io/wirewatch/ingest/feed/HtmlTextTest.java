package io.wirewatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void paragraphsBecomeBlankLineSeparatedAndBreaksNewLines() {
        assertThat(HtmlText.toText("<p>Первый   абзац.</p><p>Второй<br>строка</p>"))
                .isEqualTo("Первый абзац.\n\nВторой\nстрока");
    }

    @Test
    void scriptsStylesAndTagsGoEntitiesAreDecoded() {
        assertThat(HtmlText.toText("<style>p{}</style><b>Песков</b>&nbsp;&laquo;да&raquo;<script>alert(1)</script>"))
                .isEqualTo("Песков «да»");
    }

    @Test
    void plainTextPassesThroughAndNothingBecomesEmpty() {
        assertThat(HtmlText.toText("Just text")).isEqualTo("Just text");
        assertThat(HtmlText.toText(null)).isEmpty();
        assertThat(HtmlText.toText("  ")).isEmpty();
    }
}
