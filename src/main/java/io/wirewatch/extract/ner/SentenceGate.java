package io.wirewatch.extract.ner;

import io.wirewatch.extract.ner.rules.Found;
import io.wirewatch.extract.text.Token;
import java.util.List;

/**
 * What a language lets the name finder do in a sentence, given the knowledge base's names there
 * ({@code known[i]}: token i is inside one): whether to run the model at all ({@link #decide}),
 * and which found names may enclose known ones instead of giving way to them ({@link #mayEnclose}).
 * {@link UnknownNames} asks; {@link RussianSentenceGate} and {@link EnglishSentenceGate} answer.
 */
public interface SentenceGate {
    /** What the finder runs on a sentence. */
    enum Decision {
        /** The model, then the sentence rules. */
        MODEL,
        /** The model's organisations only (the known names there stay the knowledge base's). */
        ORGANIZATIONS,
        /** The rules for sentences the model does not read. */
        RULES
    }

    Decision decide(List<Token> tokens, boolean[] known);

    /** Whether a found name overlapping known names stands beside them rather than giving way. */
    boolean mayEnclose(Found found, boolean[] known);
}
