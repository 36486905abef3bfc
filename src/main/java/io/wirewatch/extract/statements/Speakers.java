package io.wirewatch.extract.statements;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.link.MentionIndex;
import io.wirewatch.extract.link.TitleMention;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.TokenSpans;
import io.wirewatch.kb.EntityKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may have said a quote, by position: reads an article's tokens, the persons among its linked
 * mentions, the titles resolved to their holders and the quotes; produces the speaker an attribution
 * names (a name, a title, a pronoun's or a description's antecedent), the entities a quote mentions
 * and the outlet an attribution names.
 */
final class Speakers {
    /** How far a name in an oblique case (Медведева, японского премьера) counts as from the verb: a subject nearer wins. */
    private static final int OBLIQUE = 500;
    private final List<SpeakerCandidate> people = new ArrayList<>();
    /** People named where they can be the subject (nominative) and outside quotations, in text order. */
    private final List<SpeakerCandidate> subjects = new ArrayList<>();
    private final MentionIndex all;
    private final int[] peopleStarts;
    private final List<Quote> quotes;
    private final List<Token> tokens;
    private final String text;

    Speakers(String text, List<Token> tokens, List<LinkedEntity> entities, MentionIndex all, List<TitleMention> titles,
            List<Quote> quotes) {
        this.text = text;
        this.tokens = tokens;
        this.quotes = quotes;
        this.all = NameSpotter.withSpotted(all, entities, NameSpotter.spot(text, tokens, all));
        people.addAll(SpeakerCandidates.namesAndTitles(this.all, SpeakerCandidates.titled(entities, titles)));
        peopleStarts = new int[people.size()];
        for (int i = 0; i < peopleStarts.length; i++) {
            peopleStarts[i] = people.get(i).range().start();
        }
        for (SpeakerCandidate candidate : people) {
            if (SpeechLexicon.canBeSubject(firstWord(candidate.range())) && !insideQuote(candidate.range())) {
                subjects.add(candidate);
            }
        }
    }

    /** The speaker named in the attribution: the candidate nearest the verb. */
    SpeakerCandidate speakerIn(Attribution attribution, List<Token> tokens) {
        SpeakerCandidate best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean reported = false;
        List<Token> verbTokens = TokenSpans.within(tokens, attribution.verb());
        boolean according = !verbTokens.isEmpty() && SpeechLexicon.isAccording(verbTokens.get(0));
        boolean afterComma = false;
        for (Token token : TokenSpans.within(tokens, attribution.clause())) {
            // заявив, что высказывания Наото Кана…: a person after "что" is what the speaker talks about
            reported |= token.start() > attribution.verb().start() && (token.text().equals("что") || token.text().equals("that"));
            // По мнению автора, Зюганов «…»: after the comma a new subject is what the author says; a phrase in the
            // genitive goes on naming the author (по словам участника, епископа Григория)
            if (according && !afterComma && token.start() > attribution.verb().start() && token.text().equals(",")) {
                afterComma = true;
                reported = !genitiveNext(token);
            }
            SpeakerCandidate candidate = reported ? null : candidateAt(token, tokens);
            if (candidate != null && !(insideQuote(token.range()) && !insideQuote(attribution.verb()))) {
                int distance = Math.abs(token.start() - attribution.verb().start())
                        + (token.start() < attribution.verb().start() && attribution.speakerAfterVerb() ? 1000 : 0)
                        + (SpeechLexicon.canBeSubject(token) ? 0 : OBLIQUE); // осудил визит Медведева, назвав его…: Кан said it
                if (distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        if (best == null) {
            best = Descriptions.afterVerb(attribution, tokens, this::antecedentBefore, text, false);
        }
        if (best == null) {
            best = UnnamedSpeaker.in(attribution, tokens, text);
        }
        if (best == null) {
            best = Descriptions.beforeVerb(attribution, tokens, this::antecedentBefore, this::insideQuote, text, false);
        }
        if (best == null) { // no one named before: заявил художественный руководитель, Журналист отметил
            best = Descriptions.afterVerb(attribution, tokens, this::antecedentBefore, text, true);
        }
        if (best == null) {
            best = Descriptions.beforeVerb(attribution, tokens, this::antecedentBefore, this::insideQuote, text, true);
        }
        if (best == null) {
            best = NamedBody.byVerb(attribution, all, text, this::insideQuote);
        }
        return best;
    }

    /** Whether the word after the token is a longer word that cannot be nominative (епископа, but not в, Зюганов). */
    private boolean genitiveNext(Token token) {
        int next = TokenSpans.firstFrom(tokens, token.end());
        return next < tokens.size() && tokens.get(next).isWord() && tokens.get(next).text().length() > 3
                && !SpeechLexicon.canBeSubject(tokens.get(next));
    }

    private SpeakerCandidate candidateAt(Token token, List<Token> tokens) {
        if (SpeechLexicon.isPronoun(token)) {
            SpeakerCandidate antecedent = EnglishSubjects.isEnglishPronoun(token)
                    ? EnglishSubjects.lastSubjectBefore(subjects, tokens, token.start()) : antecedentBefore(token.start());
            return antecedent == null ? null : new SpeakerCandidate(token.range(), antecedent.person(), Resolution.PRONOUN);
        }
        SpeakerCandidate title = null;
        for (int i = TokenSpans.firstFrom(peopleStarts, peopleStarts.length, token.start());
                i < people.size() && people.get(i).range().start() == token.start(); i++) {
            SpeakerCandidate candidate = people.get(i);
            if (candidate.resolution() == Resolution.NAMED) {
                return candidate;
            }
            title = candidate;
        }
        if (title != null) {
            SpeakerCandidate named = nameRightAfter(title.range());
            return named != null ? named : title;
        }
        return null;
    }

    /** The person named right after a title (пресс-секретарь президента РФ Дмитрий Песков). */
    private SpeakerCandidate nameRightAfter(TextRange title) {
        for (SpeakerCandidate candidate : people) {
            if (candidate.resolution() == Resolution.NAMED && candidate.range().start() > title.start()
                    && candidate.range().start() - title.end() <= 1) {
                return candidate;
            }
        }
        return null;
    }

    /** The last person named (or titled) as a possible subject before the offset, outside quotations. */
    private SpeakerCandidate antecedentBefore(int offset) {
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

    String text() {
        return text;
    }

    List<Token> tokens() {
        return tokens;
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
