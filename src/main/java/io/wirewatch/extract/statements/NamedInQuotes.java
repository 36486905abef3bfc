package io.wirewatch.extract.statements;

import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.TokenSpans;
import java.util.List;
import java.util.Set;

/**
 * A name in quotation marks inside a sentence, not words said: a few words opening with a capital,
 * without punctuation, right after a word that is neither a verb of saying nor a conjunction
 * (представитель «Национального союза этических граждан», литература типа «Протоколов сионских
 * мудрецов»), the title of an act («О …», «Об …», with no full stop inside), or anywhere a few such words holding a second capitalized word (a title with a name:
 * «Политика с Ларри Кингом»), unless a dash or a verb of saying follows. Words said follow a colon, a
 * dash, "что" or a verb, or open a sentence. Reads the article's tokens and a quote.
 */
final class NamedInQuotes {
    private static final int MAX_WORDS = 5;
    /** The word that opens the title of a Russian act or document (закон «Об информации…», указ «О досрочном…»). */
    private static final Set<String> ABOUT = Set.of("О", "Об", "Обо");
    private static final Set<String> INTRODUCING = Set.of("что", "чтобы", "как", "и", "а", "но", "или", "мол", "дескать",
            "that", "and", "but", "or");

    private NamedInQuotes() {
    }

    static boolean is(String text, List<Token> tokens, Quote quote) {
        List<Token> inside = TokenSpans.within(tokens, quote.inner());
        if (inside.isEmpty() || !inside.get(0).isWord() || !inside.get(0).isCapitalized()) {
            return false;
        }
        if (ABOUT.contains(inside.get(0).text()) && inside.stream().noneMatch(t -> ".!?".contains(t.text()))) {
            return true; // закон «О свободе совести и религиозных организациях»: the title of an act
        }
        int words = 0;
        int capitalized = 0;
        for (Token token : inside) {
            if (token.isWord()) {
                words++;
                capitalized += token.isCapitalized() ? 1 : 0;
            } else if (!token.text().equals("-")) {
                return false;
            }
        }
        if (words > MAX_WORDS) {
            return false;
        }
        if (capitalized >= 2 && !attributedAfter(tokens, quote) && cyrillic(inside.get(0))) {
            return true; // «Политика с Ларри Кингом», как подчеркнула…: a title holding a name
        }
        int before = TokenSpans.firstFrom(tokens, quote.outer().start()) - 1;
        if (before < 0) {
            return false;
        }
        Token word = tokens.get(before);
        return word.isWord() && !word.isCapitalized() && !INTRODUCING.contains(word.text().toLowerCase(java.util.Locale.ROOT))
                && !SpeechLexicon.isSpeechVerb(word) && cyrillic(word);
    }

    /** «…», — сказал он; «…», сказал он: words said, with their attribution right after. */
    private static boolean attributedAfter(List<Token> tokens, Quote quote) {
        int next = TokenSpans.firstFrom(tokens, quote.outer().end());
        if (next < tokens.size() && tokens.get(next).text().equals(",")) {
            next++;
        }
        if (next >= tokens.size()) {
            return false;
        }
        String text = tokens.get(next).text();
        return text.equals("—") || text.equals("–") || text.equals("-") || SpeechLexicon.isSpeechVerb(tokens.get(next));
    }

    private static boolean cyrillic(Token token) {
        return Character.UnicodeBlock.of(token.text().charAt(0)) == Character.UnicodeBlock.CYRILLIC;
    }
}
