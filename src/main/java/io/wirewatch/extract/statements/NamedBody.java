package io.wirewatch.extract.statements;

import io.wirewatch.extract.link.MentionIndex;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.kb.EntityKind;
import java.util.function.Predicate;

/**
 * A body or a medium as the speaker, where an attribution names no person: the organisation named
 * right by the verb of saying. Reads an attribution, the article's mentions and text; produces the
 * body, resolved by NAMED (the gold names no person for a body).
 */
final class NamedBody {
    private NamedBody() {
    }

    /**
     * A body or a medium named right before the verb (The New Times отмечает; Белый дом охарактеризовал), or a body right
     * after it (заявил Кремль), or null.
     */
    static SpeakerCandidate byVerb(Attribution attribution, MentionIndex all, String text, Predicate<TextRange> insideQuote) {
        TextRange verb = attribution.verb();
        if (!Character.isLetter(text.codePointAt(verb.start()))) {
            return null; // a colon introduces words, it names no one
        }
        for (int i = all.firstFrom(attribution.clause().start()); i < all.size() && all.range(i).start() <= verb.end() + 1; i++) {
            TextRange at = all.range(i);
            EntityKind kind = all.entity(i).kind();
            boolean before = at.end() <= verb.start() && text.substring(at.end(), verb.start()).isBlank();
            boolean after = at.start() >= verb.end() && text.substring(verb.end(), at.start()).isBlank();
            if ((kind == EntityKind.ORGANIZATION && (before || after) || kind == EntityKind.MEDIA && before) && !insideQuote.test(at)) {
                return new SpeakerCandidate(at, all.entity(i), Resolution.NAMED);
            }
        }
        return null;
    }
}
