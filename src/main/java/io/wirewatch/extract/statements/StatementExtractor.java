package io.wirewatch.extract.statements;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.link.MentionIndex;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.link.TitleMention;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.TokenSpans;
import io.wirewatch.kb.EntityKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds quotations and who said them. The attribution is looked for after the quote
 * ("…", - сказал пресс-секретарь президента РФ Дмитрий Песков; "…," Peskov said), before it after
 * a colon (Он добавил: "…"), or earlier in the sentence (Песков напомнил, что "…"). The speaker is a
 * person named there (NAMED), a title resolved to the role's holder (TITLE), or a pronoun resolved
 * to the last person named as a subject before it (PRONOUN). Quotes without a speaker (names in
 * quotation marks, scare quotes) are not statements.
 */
public final class StatementExtractor {
    private static final int MIN_WORDS = 3;
    /** An unattributed quote this close after a statement continues its speaker's words. */
    private static final int CONTINUATION_CHARS = 400;

    /** A place where the text names a possible speaker. */
    private record Candidate(TextRange range, LinkedEntity person, Resolution resolution) {
    }

    /**
     * The statements of an article: its text, its tokens, its linked entities with their mentions
     * ({@link MentionIndex#of}) and the titles found in it.
     */
    public List<AttributedStatement> extract(String text, List<Token> tokens, List<LinkedEntity> entities, MentionIndex mentions,
            List<TitleMention> titles) {
        List<Quote> quotes = QuoteFinder.find(text, tokens);
        Speakers speakers = new Speakers(tokens, entities, mentions, titles, quotes);
        List<AttributedStatement> statements = new ArrayList<>();
        for (Quote quote : quotes) {
            if (!isStatement(text, tokens, quote.inner())) {
                continue;
            }
            Interruption interruption = Interruption.in(text, tokens, quote);
            if (interruption != null) {
                Attribution inside = Attribution.between(tokens, interruption.attribution(), quotes);
                Candidate speaker = inside == null ? null : speakers.speakerIn(inside, tokens);
                if (speaker != null) {
                    for (TextRange part : List.of(interruption.first(), interruption.second())) {
                        if (isStatement(text, tokens, part)) {
                            add(statements, speakers, speaker, part, inside);
                        }
                    }
                    continue;
                }
            }
            Attribution attribution = Attribution.of(tokens, quote, quotes);
            Candidate speaker = attribution == null ? null : speakers.speakerIn(attribution, tokens);
            if (speaker != null) {
                add(statements, speakers, speaker, quote.inner(), attribution);
            } else if (attribution == null && !continuation(statements, speakers, quote.inner())) {
                Attribution previous = Attribution.inPreviousSentence(tokens, quote, quotes);
                Candidate reporter = previous == null ? null : speakers.speakerIn(previous, tokens);
                if (reporter != null) {
                    add(statements, speakers, reporter, quote.inner(), previous);
                }
            }
        }
        return statements;
    }

    private static void add(List<AttributedStatement> statements, Speakers speakers, Candidate speaker, TextRange quote,
            Attribution attribution) {
        statements.add(new AttributedStatement(speaker.person(), speaker.resolution(), quote, true,
                speakers.mentionedIn(quote), speakers.outletIn(attribution.clause())));
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

    /** Enough words, and not just a name in quotation marks («Голос Америки», «Единая Россия»). */
    private static boolean isStatement(String text, List<Token> tokens, TextRange quote) {
        int words = 0;
        boolean allCapitalized = true;
        for (Token token : TokenSpans.within(tokens, quote)) {
            if (token.isWord()) {
                words++;
                allCapitalized &= token.isCapitalized();
                if (words >= MIN_WORDS && !allCapitalized) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The entities, titles and pronouns of an article, by position. */
    private static final class Speakers {
        private final List<Candidate> people = new ArrayList<>();
        /** People named where they can be the subject (nominative) and outside quotations, in text order. */
        private final List<Candidate> subjects = new ArrayList<>();
        private final MentionIndex all;
        private final int[] peopleStarts;
        private final List<Quote> quotes;
        private final List<Token> tokens;

        Speakers(List<Token> tokens, List<LinkedEntity> entities, MentionIndex all, List<TitleMention> titles, List<Quote> quotes) {
            this.tokens = tokens;
            this.quotes = quotes;
            this.all = all;
            Map<String, LinkedEntity> byId = new HashMap<>();
            for (LinkedEntity entity : entities) {
                byId.put(entity.id(), entity);
            }
            List<Candidate> titled = new ArrayList<>();
            for (TitleMention title : titles) {
                LinkedEntity holder = title.holder() == null ? null : byId.get(title.holder().personId());
                if (holder != null) {
                    titled.add(new Candidate(title.range(), holder, Resolution.TITLE));
                }
            }
            // People named (the index is in text order) merged with the titles (in text order too); a name first at the same offset.
            int nextTitle = 0;
            for (int i = 0; i < all.size(); i++) {
                if (all.entity(i).kind() == EntityKind.PERSON) {
                    for (; nextTitle < titled.size() && titled.get(nextTitle).range().start() < all.range(i).start(); nextTitle++) {
                        people.add(titled.get(nextTitle));
                    }
                    people.add(new Candidate(all.range(i), all.entity(i), Resolution.NAMED));
                }
            }
            people.addAll(titled.subList(nextTitle, titled.size()));
            peopleStarts = new int[people.size()];
            for (int i = 0; i < peopleStarts.length; i++) {
                peopleStarts[i] = people.get(i).range().start();
            }
            for (Candidate candidate : people) {
                if (SpeechLexicon.canBeSubject(firstWord(candidate.range())) && !insideQuote(candidate.range())) {
                    subjects.add(candidate);
                }
            }
        }

        /** The speaker named in the attribution: the candidate nearest the verb. */
        Candidate speakerIn(Attribution attribution, List<Token> tokens) {
            Candidate best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Token token : TokenSpans.within(tokens, attribution.clause())) {
                Candidate candidate = candidateAt(token, tokens);
                if (candidate != null && !(insideQuote(token.range()) && !insideQuote(attribution.verb()))) {
                    int distance = Math.abs(token.start() - attribution.verb().start())
                            + (token.start() < attribution.verb().start() && attribution.speakerAfterVerb() ? 1000 : 0);
                    if (distance < bestDistance) {
                        best = candidate;
                        bestDistance = distance;
                    }
                }
            }
            if (best == null) {
                best = describedSpeaker(attribution, tokens);
            }
            return best;
        }

        /** "…", - сказал протоиерей: a description right after the verb stands for the person last named. */
        private Candidate describedSpeaker(Attribution attribution, List<Token> tokens) {
            List<Token> clause = TokenSpans.within(tokens, attribution.clause());
            for (int i = 0; i < clause.size(); i++) {
                if (clause.get(i).range().equals(attribution.verb()) && i + 1 < clause.size()
                        && SpeechLexicon.isDescription(clause.get(i + 1))) {
                    Candidate antecedent = antecedentBefore(attribution.clause().start());
                    return antecedent == null ? null : new Candidate(clause.get(i + 1).range(), antecedent.person(), Resolution.TITLE);
                }
            }
            return null;
        }

        private Candidate candidateAt(Token token, List<Token> tokens) {
            if (SpeechLexicon.isPronoun(token)) {
                Candidate antecedent = antecedentBefore(token.start());
                return antecedent == null ? null : new Candidate(token.range(), antecedent.person(), Resolution.PRONOUN);
            }
            Candidate title = null;
            for (int i = TokenSpans.firstFrom(peopleStarts, peopleStarts.length, token.start());
                    i < people.size() && people.get(i).range().start() == token.start(); i++) {
                Candidate candidate = people.get(i);
                if (candidate.resolution() == Resolution.NAMED) {
                    return candidate;
                }
                title = candidate;
            }
            if (title != null) {
                Candidate named = nameRightAfter(title.range());
                return named != null ? named : title;
            }
            return null;
        }

        /** The person named right after a title (пресс-секретарь президента РФ Дмитрий Песков). */
        private Candidate nameRightAfter(TextRange title) {
            for (Candidate candidate : people) {
                if (candidate.resolution() == Resolution.NAMED && candidate.range().start() > title.start()
                        && candidate.range().start() - title.end() <= 1) {
                    return candidate;
                }
            }
            return null;
        }

        /** The last person named (or titled) as a possible subject before the offset, outside quotations. */
        private Candidate antecedentBefore(int offset) {
            for (int i = subjects.size() - 1; i >= 0; i--) {
                if (subjects.get(i).range().end() <= offset) {
                    return subjects.get(i);
                }
            }
            return null;
        }

        /** The first word of a name or title: the token starting where it starts, or null. */
        private Token firstWord(TextRange range) {
            int at = TokenSpans.firstFrom(tokens, range.start());
            return at < tokens.size() ? tokens.get(at) : null;
        }

        boolean insideQuote(TextRange range) {
            return Quote.anyHolds(quotes, range);
        }

        /** The ids of the entities named in the range, in text order, each once. */
        List<String> mentionedIn(TextRange quote) {
            java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
            for (int i = all.firstFrom(quote.start()); i < all.size() && all.range(i).start() < quote.end(); i++) {
                if (quote.contains(all.range(i))) {
                    ids.add(all.entity(i).id());
                }
            }
            return List.copyOf(ids);
        }

        /** The first medium named in the clause (the outlet a statement was given to), or null. */
        LinkedEntity outletIn(TextRange clause) {
            for (int i = all.firstFrom(clause.start()); i < all.size() && all.range(i).start() < clause.end(); i++) {
                if (clause.contains(all.range(i)) && all.entity(i).kind() == EntityKind.MEDIA) {
                    return all.entity(i);
                }
            }
            return null;
        }

    }
}
