package io.wirewatch.extract.statements;

import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.TokenSpans;
import java.util.List;
import java.util.Locale;

/**
 * Whether a Russian attribution leaves its subject out, so that the speaker is the one of the
 * sentence before: a verb of saying in the singular (— и добавил, что «…»; — продолжила), or a colon
 * after a sentence with no verb of saying (Турция делает все возможное: «…»). Plural and impersonal
 * forms (сообщили, сообщалось, говорится) speak for no one in particular. Reads the text's tokens.
 */
final class SubjectlessVerb {
    private SubjectlessVerb() {
    }

    static boolean is(String text, List<Token> tokens, Attribution attribution) {
        List<Token> at = TokenSpans.within(tokens, attribution.verb());
        if (at.isEmpty()) {
            return false;
        }
        String verb = at.get(0).text().toLowerCase(Locale.ROOT);
        if (verb.equals(":")) {
            return cyrillic(attribution.clause().of(text));
        }
        return cyrillic(verb) && (verb.endsWith("л") || verb.endsWith("ла") || verb.endsWith("лся") || verb.endsWith("лась")
                || verb.endsWith("ет") || verb.endsWith("ит"));
    }

    private static boolean cyrillic(String s) {
        return s.chars().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
    }
}
