package io.wirewatch.extract.events;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.link.MentionIndex;
import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.statements.AttributedStatement;
import io.wirewatch.extract.text.Sentence;
import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.TokenSpans;
import io.wirewatch.kb.KnowledgeBase;
import java.util.Comparator;
import java.util.List;

/**
 * Codes diplomatic contacts sentence by sentence, in the manner of PETRARCH's dictionaries: a
 * clause (between commas, colons, semicolons, dashes) holding a contact trigger (контакты,
 * диалог, talks) and a status cue (возобновить, планировать, could; negated → NONE; a visit,
 * meeting or talks without a cue took place: CONFIRMED) reports an event. Its level comes from the
 * level phrase nearest the trigger (на техническом уровне, с президентом) or from its sides' roles;
 * its sides from the clause's countries, organisations, places and people, completed by the
 * sentence's nearest ones when the clause names fewer than two, and by the speaker's country inside
 * a quotation. Meetings with journalists are not contacts; cues inside the topic (переговоры о
 * возможном …) do not count; a trigger after a demonstrative (этого контакта) adds evidence to the
 * previous event. Events with the same sides, status and level are one event with its evidence.
 * Tense counts (a future verb plans the contact), and so does a frame (в ходе, по итогам: it took
 * place) or a cue in an earlier clause of the sentence; talks named again without sides are the
 * talks reported before, and a meeting naming one side takes the other sides of the earlier one.
 */
public final class EventExtractor {
    /** What the words of the lexicons and flag sets mean, one for the JVM: it keeps a meaning on each word form. */
    private static final EventWordIndex WORDS = EventWordIndex.get();
    private final KnowledgeBase kb;
    private final RussianCompoundSides compounds;

    public EventExtractor(KnowledgeBase kb) {
        this.kb = kb;
        this.compounds = new RussianCompoundSides(kb);
    }

    /**
     * The contacts an article reports: its tokens and sentences, its linked entities with their
     * mentions ({@link MentionIndex#of}), and its statements (a side may be the speaker's country).
     * Only the sentences holding a trigger word are looked at, clause by clause ({@link Clauses}).
     */
    public List<ContactEventRecord> extract(Article article, List<Token> tokens, List<Sentence> sentences,
            List<LinkedEntity> entities, MentionIndex mentions, List<AttributedStatement> statements) {
        List<Token> ordered = inTextOrder(tokens);
        TokenFlags flags = new TokenFlags(ordered, WORDS);
        SideMentions sides = new SideMentions(kb, entities, mentions, IntroducedPeople.in(article.text(), mentions),
                compounds.in(ordered));
        ClauseCoder coder = new ClauseCoder(kb, article, ordered, flags, sides, statements);
        for (Sentence sentence : sentences) {
            if (!flags.anyTriggerIn(sentence.range())) {
                continue;
            }
            List<Token> words = TokenSpans.within(ordered, sentence.range());
            for (List<Token> clause : Clauses.withTriggers(words, flags, sides)) {
                coder.code(clause, words);
            }
        }
        return coder.events();
    }

    /** The tokens sorted by start offset (the list itself when it is). */
    private static List<Token> inTextOrder(List<Token> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i).start() <= tokens.get(i - 1).start()) {
                return tokens.stream().sorted(Comparator.comparingInt(Token::start)).toList();
            }
        }
        return tokens;
    }
}
