package io.wirewatch.extract.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An organisation named by common words and a place is a descriptor; one with a name of its own stays a name. */
class DescriptorMentionsTest {
    private static final String TEXT = "Представитель мэрии Москвы и Правительство Франции, а также МИД РФ и "
            + "Министерство внутренних дел Пакистана.";

    @Test
    void commonWordsBeforeAPlaceMakeADescriptor() {
        TextRange mayor = range("мэрии Москвы");
        TextRange government = range("Правительство Франции");
        List<TextRange> places = List.of(range("Москвы"), range("Франции"), range("РФ"), range("Пакистана"));
        List<TextRange> organizations = List.of(mayor, government, range("МИД РФ"), range("Министерство внутренних дел Пакистана"));
        assertThat(DescriptorMentions.find(TEXT, Tokenizer.tokenize(TEXT), organizations, places))
                .containsOnlyKeys(mayor, government).containsValue(MentionKind.DESCRIPTOR);
    }

    @Test
    void noPlaceAtTheEndNoDescriptor() {
        TextRange mayor = range("мэрии Москвы");
        assertThat(DescriptorMentions.find(TEXT, Tokenizer.tokenize(TEXT), List.of(mayor), List.of(range("Франции")))).isEmpty();
    }

    private static TextRange range(String words) {
        int start = TEXT.indexOf(words);
        return new TextRange(start, start + words.length());
    }
}
