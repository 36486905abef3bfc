package io.wirewatch.extract.statements;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.link.MentionIndex;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.link.TitleMention;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.TokenSpans;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations and who said them. The attribution is looked for after the quote
 * ("…", - сказал пресс-секретарь президента РФ Дмитрий Песков; "…," Peskov said), before it after
 * a colon (Он добавил: "…"), or earlier in the sentence (Песков напомнил, что "…"). The speaker is a
 * person named there (NAMED), a title resolved to the role's holder (TITLE), or a pronoun resolved
 * to the last person named as a subject before it (PRONOUN). Quotes without a speaker (names in
 * quotation marks, scare quotes) are not statements.
 */
public final class StatementExtractor {
    private static final int MIN_WORDS = 2;
    /** An unattributed quote this close after a statement continues its speaker's words. */
    private static final int CONTINUATION_CHARS = 400;
    /** A paragraph of quoted sentences this close after a statement, no one named, goes on with its speaker. */
    private static final int PARAGRAPH_CONTINUATION = 1500;

    /**
     * The statements of an article: its text, its tokens, its linked entities with their mentions
     * ({@link MentionIndex#of}) and the titles found in it.
     */
    public List<AttributedStatement> extract(String text, List<Token> tokens, List<LinkedEntity> entities, MentionIndex mentions,
            List<TitleMention> titles) {
        List<Quote> quotes = QuoteFinder.find(text, tokens);
        int[] paragraphEnds = Paragraphs.ends(text);
        Speakers speakers = new Speakers(text, tokens, entities, mentions, titles, quotes);
        List<AttributedStatement> statements = new ArrayList<>();
        List<Quote> opening = new ArrayList<>();
        for (int q = 0; q < quotes.size(); q++) {
            Quote quote = quotes.get(q);
            if (!isStatement(text, tokens, quote.inner()) || NamedInQuotes.is(text, tokens, quote)) {
                continue;
            }
            Interruption interruption = Interruption.in(text, tokens, quote);
            if (interruption != null) {
                Attribution inside = Attribution.between(tokens, interruption.attribution(), quotes);
                SpeakerCandidate speaker = inside == null ? null : speakers.speakerIn(inside, tokens);
                if (speaker != null) {
                    for (TextRange part : List.of(interruption.first(), interruption.second())) {
                        if (words(tokens, part) >= MIN_WORDS) { // «Мне кажется, – продолжил Брод, – …»: words said, however short
                            add(statements, speakers, speaker, part, inside);
                        }
                    }
                    continue;
                }
            }
            Attribution attribution = Attribution.of(tokens, quote, quotes, paragraphEnds);
            SpeakerCandidate speaker = attribution == null ? null : speakers.speakerIn(attribution, tokens);
            if (speaker == null && attribution != null && SubjectlessVerb.is(text, tokens, attribution)) {
                // «…», — и добавил он: no subject named, the speaker of the sentence before goes on
                Attribution previous = Attribution.inSentenceBefore(tokens, Math.min(quote.outer().start(), attribution.clause().start()), quotes);
                speaker = previous == null ? null : speakers.speakerIn(previous, tokens);
                if (speaker == null && !statements.isEmpty()
                        && quote.inner().start() - statements.get(statements.size() - 1).quote().end() <= CONTINUATION_CHARS) {
                    AttributedStatement last = statements.get(statements.size() - 1);
                    speaker = new SpeakerCandidate(last.quote(), last.speaker(), last.resolution());
                }
            }
            if (speaker != null) {
                for (Quote earlier : opening) {
                    add(statements, speakers, speaker, earlier.inner(), attribution);
                }
                opening.clear();
                add(statements, speakers, speaker, quote.inner(), attribution);
            } else if (attribution == null && opensRun(text, quote, q + 1 < quotes.size() ? quotes.get(q + 1) : null)) {
                opening.add(quote); // "First paragraph … / "Last one," he said: the speaker comes at the end
            } else if (attribution == null && !continuation(statements, speakers, quote.inner())) {
                Attribution previous = Attribution.inPreviousSentence(tokens, quote, quotes);
                SpeakerCandidate reporter = previous == null ? null : speakers.speakerIn(previous, tokens);
                if (reporter != null) {
                    add(statements, speakers, reporter, quote.inner(), previous);
                } else if (opensParagraph(text, quote) && !statements.isEmpty()
                        && quote.inner().start() - statements.get(statements.size() - 1).quote().end() <= PARAGRAPH_CONTINUATION) {
                    // a paragraph of quoted sentences, no one named: the last speaker quoted goes on
                    AttributedStatement last = statements.get(statements.size() - 1);
                    statements.add(new AttributedStatement(last.speaker(), last.resolution(), quote.inner(), true,
                            speakers.mentionedIn(quote.inner()), last.outlet()));
                }
            }
        }
        statements.sort(java.util.Comparator.comparingInt(s -> s.quote().start()));
        return statements;
    }

    /** A quote that a paragraph opens with, its words opening with a capital: whole sentences said. */
    private static boolean opensParagraph(String text, Quote quote) {
        int lineStart = text.lastIndexOf('\n', quote.outer().start()) + 1;
        return text.substring(lineStart, quote.outer().start()).isBlank() && quote.inner().length() > 0
                && Character.isUpperCase(text.charAt(quote.inner().start()));
    }

    /** A quote left open at its paragraph's end, the next paragraph opening with the next quote. */
    private static boolean opensRun(String text, Quote quote, Quote next) {
        return next != null && quote.outer().end() == quote.inner().end()
                && text.substring(quote.outer().end(), next.outer().start()).isBlank();
    }

    private static void add(List<AttributedStatement> statements, Speakers speakers, SpeakerCandidate speaker, TextRange quote,
            Attribution attribution) {
        statements.add(new AttributedStatement(speaker.person(), speaker.resolution(), quote, true,
                speakers.mentionedIn(quote), speakers.outletIn(attribution.clause())));
        for (TextRange nested : NestedQuotes.in(speakers.text(), quote)) {
            if (words(speakers.tokens(), nested) >= MIN_WORDS) {
                statements.add(new AttributedStatement(speaker.person(), speaker.resolution(), nested, true,
                        speakers.mentionedIn(nested), speakers.outletIn(attribution.clause())));
            }
        }
    }

    /** A quote with no attribution of its own, right after a statement, goes on with that speaker's words. */
    private static boolean continuation(List<AttributedStatement> statements, Speakers speakers, TextRange quote) {
        if (statements.isEmpty()) {
            return false;
        }
        AttributedStatement last = statements.get(statements.size() - 1);
        if (quote.start() > last.quote().end() && quote.start() - last.quote().end() <= CONTINUATION_CHARS) {
            statements.add(new AttributedStatement(last.speaker(), last.resolution(), quote, true,
                    speakers.mentionedIn(quote), last.outlet()));
            return true;
        }
        return false;
    }

    private static int words(List<Token> tokens, TextRange range) {
        int words = 0;
        for (Token token : TokenSpans.within(tokens, range)) {
            words += token.isWord() ? 1 : 0;
        }
        return words;
    }

    /**
     * Enough words, and not just a name in quotation marks («Голос Америки», «Единая Россия»): three
     * words not all capitalized, or a fragment of two that opens in lower case (назвал «вызывающим
     * сожаление»; a title «Русская правда» opens with a capital).
     */
    private static boolean isStatement(String text, List<Token> tokens, TextRange quote) {
        int words = 0;
        boolean allCapitalized = true;
        boolean lowerFirst = false;
        for (Token token : TokenSpans.within(tokens, quote)) {
            if (token.isWord()) {
                lowerFirst |= words == 0 && Character.isLowerCase(token.text().codePointAt(0));
                words++;
                allCapitalized &= token.isCapitalized();
                if (words >= MIN_WORDS && !allCapitalized && (lowerFirst || words > MIN_WORDS)) {
                    return true;
                }
            }
        }
        return false;
    }
}
