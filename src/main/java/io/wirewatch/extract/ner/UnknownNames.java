package io.wirewatch.extract.ner;

import io.wirewatch.extract.ner.rules.Found;
import io.wirewatch.extract.ner.rules.NameWords;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.kb.EntityKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Names the knowledge base does not know, from the statistical name finder, run only where its
 * language's gate ({@link SentenceGate}) says it can find something (in Russian: sentences with a
 * capitalized word outside the knowledge base's matches that is not simply a sentence-initial
 * common word, or with an organisation's descriptor before a known name, мэрии Москвы); elsewhere
 * only its rules for names in lower case run (японское правительство). A name overlapping a
 * knowledge-base match is dropped (the knowledge base wins) unless the gate lets it enclose the
 * known name (in Russian an organisation around it, мэрия Москвы, or a person or place with words
 * before a known name, Мишель Обама, Северной Африке: the extractor decides).
 * The names are made consistent over the article as the evaluation measures them
 * ({@code DocumentConsistency}: Vestas found once is Vestas everywhere); a surname alone joins the
 * person named in full earlier (Топалов after Сергей Топалов, {@link RepeatedSurnames}). Each name
 * gets a key, its lemmatized words ({@link NameKeys}), by which {@link NameGroups} groups them.
 */
public final class UnknownNames {
    private final NameFinder finder;

    /**
     * A name found: its kind, key (lemmatized, lower case), words and where. The kind is null for a
     * name of no kind Wirewatch reports (MISC of the English model: U.S. Open, Greater Milwaukee
     * Open), which names nothing but holds no known name either. The probability is the model's
     * (the mean of its words'), 1 for a name a rule made.
     */
    public record Name(EntityKind kind, String key, String surface, TextRange range, double probability) {
    }

    public UnknownNames(NameFinder finder) {
        this.finder = finder;
    }

    /** Names in the sentences' tokens; {@code known[i]} says token i is inside a knowledge-base match. */
    public List<Name> find(List<List<Token>> sentences, List<boolean[]> known, String text) {
        List<String[]> written = new ArrayList<>(sentences.size());
        for (List<Token> tokens : sentences) {
            String[] words = new String[tokens.size()];
            for (int i = 0; i < words.length; i++) {
                words[i] = tokens.get(i).text();
            }
            written.add(words);
        }
        List<String[]> words = finder.startDocument(written);
        List<List<Found>> foundBySentence = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            foundBySentence.add(findIn(sentences.get(s), known.get(s), words.get(s)));
        }
        foundBySentence = finder.acrossDocument(words, foundBySentence);
        List<Name> names = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            for (Found tagged : foundBySentence.get(s)) {
                Found found = tagged.withoutKnownWordsBefore(known.get(s));
                if (!overlapsKnown(known.get(s), found)) {
                    names.add(name(sentences.get(s), found, text));
                }
            }
        }
        names.addAll(RepeatedSurnames.find(sentences, known, names, text));
        return names;
    }

    /** The sentence's names, as far as the language's gate lets the finder look ({@link SentenceGate}). */
    private List<Found> findIn(List<Token> tokens, boolean[] known, String[] words) {
        return switch (finder.gate().decide(tokens, known)) {
            case MODEL -> finder.findInSentence(words);
            case ORGANIZATIONS -> finder.findInSentence(words).stream().filter(f -> f.type().equals("ORG")).toList();
            case RULES -> finder.findWithoutModel(words);
        };
    }

    /** Whether a found name gives way to the knowledge base's names it overlaps. */
    private boolean overlapsKnown(boolean[] known, Found found) {
        for (int i = found.start(); i < found.end(); i++) {
            if (known[i]) {
                return !finder.gate().mayEnclose(found, known);
            }
        }
        return false;
    }

    private static Name name(List<Token> tokens, Found found, String text) {
        List<Token> words = tokens.subList(found.start(), found.end());
        EntityKind kind = switch (found.type()) {
            case "PER" -> EntityKind.PERSON;
            case "ORG" -> EntityKind.ORGANIZATION;
            case "MISC" -> null;
            default -> EntityKind.LOCATION;
        };
        TextRange range = new TextRange(words.get(0).start(), withClosingQuote(tokens, found).end());
        return new Name(kind, NameKeys.key(kind, words), range.of(text), range, found.probability());
    }

    /**
     * The name's last token, or the quotation mark after it when the name opens a quotation it
     * does not close (the finder marks партии «Яблоко; the mention is партии «Яблоко»).
     */
    private static Token withClosingQuote(List<Token> tokens, Found found) {
        Token last = tokens.get(found.end() - 1);
        long opened = tokens.subList(found.start(), found.end()).stream().filter(t -> NameWords.isOpeningQuote(t.text())).count();
        long closed = tokens.subList(found.start(), found.end()).stream().filter(t -> NameWords.isClosingQuote(t.text())).count();
        boolean closes = found.end() < tokens.size() && NameWords.isClosingQuote(tokens.get(found.end()).text());
        return opened > closed && closes ? tokens.get(found.end()) : last;
    }
}
