package io.wirewatch.extract.statements;

import io.wirewatch.extract.TextRange;

/**
 * A quotation in an article's text.
 *
 * @param inner the quoted words, without the marks
 * @param outer the quotation with its marks
 */
public record Quote(TextRange inner, TextRange outer) {
}
