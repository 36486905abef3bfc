package io.wirewatch.extract.statements;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.text.TextRange;
import java.util.List;

/**
 * A quotation with its speaker.
 *
 * @param speaker    the person or body who said it, an entity of the article
 * @param resolution how the speaker was found
 * @param quote      where the quoted words are (without the marks)
 * @param direct     true for a quotation, false for reported speech
 * @param mentions   ids of the entities the quote names
 * @param outlet     the outlet it was given to (телеканалу France 2), or null
 */
public record AttributedStatement(LinkedEntity speaker, Resolution resolution, TextRange quote, boolean direct,
        List<String> mentions, LinkedEntity outlet) {
    public AttributedStatement {
        mentions = List.copyOf(mentions);
    }
}
