package io.wirewatch.extract.link;

import io.wirewatch.extract.text.TextRange;
import io.wirewatch.kb.RoleHolding;

/**
 * A phrase naming a role (пресс-секретарь президента РФ, the French president), resolved to whoever
 * held the role at the article's date.
 *
 * @param range  where the phrase is
 * @param roleId the role (RUS.SPOKESPERSON)
 * @param holder the holder at the article's date, or null when the knowledge base does not say
 */
public record TitleMention(TextRange range, String roleId, RoleHolding holder) {
}
