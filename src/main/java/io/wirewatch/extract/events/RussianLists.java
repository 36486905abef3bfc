package io.wirewatch.extract.events;

import io.wirewatch.extract.morph.TokenKeys;
import io.wirewatch.extract.text.Token;
import java.util.List;

/**
 * Президенты России, Турции и Ирана провели встречу: a comma between two names of sides in Russian
 * text lists the parties of one contact; it does not end a clause. Reads a sentence's tokens and
 * the article's side mentions; says whether a comma joins a list of names.
 */
final class RussianLists {
    private RussianLists() {
    }

    /** Whether the comma at {@code i} of the sentence stands between a side named before it and one named after it, in Russian. */
    static boolean joinsNames(List<Token> sentence, int i, SideMentions mentions) {
        if (i == 0 || i + 1 >= sentence.size() || !",".equals(sentence.get(i).text())) {
            return false;
        }
        Token before = sentence.get(i - 1);
        Token after = sentence.get(i + 1);
        if (!TokenKeys.isCyrillic(before.text()) || !TokenKeys.isCyrillic(after.text())) {
            return false;
        }
        SideMentions.Mention next = mentions.startingAt(after.start());
        return next != null && next.code() != null && endsMention(before, mentions);
    }

    private static boolean endsMention(Token token, SideMentions mentions) {
        for (SideMentions.Mention mention : mentions.all()) {
            if (mention.range().end() == token.end()) {
                return mention.code() != null;
            }
            if (mention.range().start() > token.end()) {
                return false;
            }
        }
        return false;
    }
}
