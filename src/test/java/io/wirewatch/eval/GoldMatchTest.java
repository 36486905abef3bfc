package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.statements.AttributedStatement;
import io.wirewatch.extract.statements.Resolution;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.kb.EntityKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gold matching of ANNOTATION.md: each gold item at most once, quotes by 80% coverage. */
class GoldMatchTest {
    private static JsonNode gold(String name) {
        return JsonNodeFactory.instance.objectNode().put("name", name);
    }

    @Test
    void eachGoldItemPairsWithOneFoundItemAndTheRequiredAreServedFirst() {
        // found "ab" matches gold a and b, "a" only a: pairing ab with a would leave b unpaired
        List<String> found = List.of("ab", "a", "a");
        List<JsonNode> golds = List.of(gold("a"), gold("b"));
        int[] pairs = GoldMatch.pairs(found, golds, (f, g) -> f.contains(g.path("name").asText()));
        assertThat(pairs).containsExactly(1, 0, -1);
    }

    @Test
    void aQuoteMatchesWhenItCoversFourFifthsOfTheGoldQuote() {
        String text = "Он сказал: «раз два три четыре пять».";
        String quote = "раз два три четыре пять";
        int at = text.indexOf(quote);
        assertThat(GoldMatch.quote(text, new TextRange(at, at + quote.length()), quote)).isTrue();
        assertThat(GoldMatch.quote(text, new TextRange(at, at + 19), quote)).isTrue();   // 19 of 23
        assertThat(GoldMatch.quote(text, new TextRange(at, at + 11), quote)).isFalse();  // 11 of 23
        assertThat(GoldMatch.quote(text, new TextRange(0, 2), quote)).isFalse();
    }

    @Test
    void aSpeakerMatchesOnAnyOfTheFoundNamesSurnames() {
        LinkedEntity person = new LinkedEntity("x", EntityKind.PERSON, "Thor Halvorssen Mendoza", null, null, null, null, List.of());
        AttributedStatement statement = new AttributedStatement(person, Resolution.NAMED, new TextRange(0, 1), true, List.of(), null);
        assertThat(GoldMatch.speaker(statement, JsonNodeFactory.instance.textNode("Thor Halvorssen"))).isTrue();
        assertThat(GoldMatch.speaker(statement, JsonNodeFactory.instance.textNode("Thor Mendoza"))).isTrue();
        assertThat(GoldMatch.speaker(statement, JsonNodeFactory.instance.textNode("Thor Heyerdahl"))).isFalse();
    }
}
