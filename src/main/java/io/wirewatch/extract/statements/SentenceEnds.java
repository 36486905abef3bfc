package io.wirewatch.extract.statements;

import io.wirewatch.extract.text.Token;
import java.util.List;

/**
 * Where a sentence or a clause ends among an article's tokens: at ".", "!" or "?", but not at the
 * full stop of an initial (А. Кудрин, Г. А. Зюганов) nor at one inside a word (infox.ru, Lenta.ru);
 * a clause also at a quotation mark. Reads tokens; produces yes or no.
 */
final class SentenceEnds {
    private static final String SENTENCE_END = ".!?";

    private SentenceEnds() {
    }

    /** Whether the token at i ends its sentence. */
    static boolean at(List<Token> tokens, int i) {
        String text = tokens.get(i).text();
        if (text.length() != 1 || SENTENCE_END.indexOf(text.charAt(0)) < 0) {
            return false;
        }
        return !text.equals(".") || !(isInitial(tokens, i) || insideWord(tokens, i));
    }

    /** Whether the token at i ends its clause: a sentence's end or a quotation mark. */
    static boolean clauseAt(List<Token> tokens, int i) {
        String text = tokens.get(i).text();
        return at(tokens, i) || text.length() == 1 && "«»\"“”„".indexOf(text.charAt(0)) >= 0;
    }

    /** А. Кудрин: a capital letter alone right before the full stop, a capitalized word right after it. */
    private static boolean isInitial(List<Token> tokens, int i) {
        if (i == 0 || i + 1 >= tokens.size()) {
            return false;
        }
        Token letter = tokens.get(i - 1);
        Token next = tokens.get(i + 1);
        return letter.end() == tokens.get(i).start() && letter.text().length() == 1 && Character.isUpperCase(letter.text().charAt(0))
                && next.isWord() && next.isCapitalized();
    }

    /** infox.ru: letters on both sides of the full stop with no space. */
    private static boolean insideWord(List<Token> tokens, int i) {
        if (i == 0 || i + 1 >= tokens.size()) {
            return false;
        }
        Token before = tokens.get(i - 1);
        Token after = tokens.get(i + 1);
        return before.end() == tokens.get(i).start() && after.start() == tokens.get(i).end() && before.isWord() && after.isWord();
    }
}
