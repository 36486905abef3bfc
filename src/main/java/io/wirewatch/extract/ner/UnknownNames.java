package io.wirewatch.extract.ner;

import io.wirewatch.extract.ner.rules.Found;
import io.wirewatch.extract.ner.rules.NameWords;
import io.wirewatch.extract.ner.rules.OrganizationDescriptors;
import io.wirewatch.extract.morph.RussianMorphology;
import io.wirewatch.extract.morph.TokenKeys;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import com.ibm.icu.text.Transliterator;
import io.wirewatch.kb.EntityKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * person named in full earlier (Топалов after Сергей Топалов). Entities get a stable local id
 * from their lemmatized name.
 */
public final class UnknownNames {
    private static final Transliterator LATIN = Transliterator.getInstance("Russian-Latin/BGN");
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
            written.add(tokens.stream().map(Token::text).toArray(String[]::new));
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
        names.addAll(repeatedSurnames(sentences, known, names, text));
        return names;
    }

    /**
     * Кан сообщил after Премьер-министр Японии Наото Кан: the surname of a person found in full,
     * wherever else the document writes it (any case ending) and the finder did not tag it, even in
     * sentences it did not run on.
     */
    private static List<Name> repeatedSurnames(List<List<Token>> sentences, List<boolean[]> known, List<Name> found, String text) {
        Map<String, String> surnameKeys = new java.util.HashMap<>();
        for (Name name : found) {
            int space = name.key().lastIndexOf(' ');
            if (name.kind() == EntityKind.PERSON && space > 0) {
                String surface = name.surface().substring(name.surface().lastIndexOf(' ') + 1);
                surnameKeys.putIfAbsent(NameWords.stem(surface), name.key().substring(space + 1));
            }
        }
        List<Name> repeated = new ArrayList<>();
        if (surnameKeys.isEmpty()) {
            return repeated;
        }
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                String key = token.isWord() && token.isCapitalized() && !known.get(s)[i] && token.text().length() >= 3
                        ? surnameKeys.get(NameWords.stem(token.text())) : null;
                if (key != null && found.stream().noneMatch(n -> n.range().overlaps(token.range()))) {
                    repeated.add(new Name(EntityKind.PERSON, key, token.range().of(text), token.range(), 1.0));
                }
            }
        }
        return repeated;
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
        boolean oblique = kind == EntityKind.PERSON && words.stream().anyMatch(UnknownNames::isObliqueFirstName);
        StringBuilder key = new StringBuilder();
        for (Token word : words) {
            if (word.isWord()) {
                String form = kind != EntityKind.PERSON ? lemma(word.text())
                        : oblique && isUnknown(word.text()) ? nominativeOfUnknownSurname(word.text()) : personLemma(word.text());
                key.append(key.length() == 0 ? "" : " ").append(form);
            }
        }
        TextRange range = new TextRange(words.get(0).start(), withClosingQuote(tokens, found).end());
        return new Name(kind, key.toString(), range.of(text), range, found.probability());
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


    /** A first name the dictionary only knows in an oblique case here (Александра Брода, Игорем Мельниковым). */
    private static boolean isObliqueFirstName(Token word) {
        List<RussianMorphology.Reading> names = RussianMorphology.get().readings(word.text()).stream()
                .filter(r -> r.tag().contains(":Name:") && r.tag().contains(":Masc:")).toList();
        return !names.isEmpty() && names.stream().noneMatch(RussianMorphology.Reading::isNominative);
    }

    /** Not in the dictionary as a name (Мишарина; Брода, which it knows only as a ford). */
    private static boolean isUnknown(String word) {
        return TokenKeys.isCyrillic(word) && RussianMorphology.get().readings(word).stream()
                .noneMatch(RussianMorphology.Reading::isPersonalName);
    }

    /** Брода → брод, Мельниковым → мельников: a man's surname the dictionary lacks, back in the nominative. */
    private static String nominativeOfUnknownSurname(String word) {
        String w = RussianMorphology.normalize(word);
        for (String ending : new String[] {"ым", "ом", "ем", "а", "у", "е", "я", "ю"}) {
            if (w.length() > ending.length() + 2 && w.endsWith(ending)) {
                return w.substring(0, w.length() - ending.length());
            }
        }
        return w;
    }

    /** A name's dictionary form; a woman's surname in the nominative stays as written (Ковалева). */
    private static String personLemma(String word) {
        List<RussianMorphology.Reading> readings = RussianMorphology.get().readings(word);
        if (readings.stream().anyMatch(r -> r.tag().contains(":Fem:") && r.tag().endsWith(":Nom"))) {
            return RussianMorphology.normalize(word);
        }
        return readings.stream()
                .filter(RussianMorphology.Reading::isPersonalName)
                .map(r -> RussianMorphology.normalize(r.lemma())).findFirst()
                .orElse(RussianMorphology.normalize(word));
    }

    private static String lemma(String word) {
        return RussianMorphology.get().firstLemma(word);
    }

    /**
     * Groups names into entities: same kind and key, a surname or first name alone after the full
     * name, or an organisation named with more words before its name (руководство партии «Яблоко»).
     */
    public static Map<String, List<Name>> group(List<Name> names) {
        Map<String, List<Name>> groups = new LinkedHashMap<>();
        for (Name name : names) {
            String key = name.kind() + ":" + name.key();
            if (name.kind() == EntityKind.PERSON && name.key().contains(" ") && !groups.containsKey(key)) {
                key = groups.keySet().stream().filter(full -> stemmed(full).equals(stemmed(name.kind() + ":" + name.key())))
                        .findFirst().orElse(key);
            }
            if (name.kind() == EntityKind.ORGANIZATION && !groups.containsKey(key)) {
                key = groups.keySet().stream().filter(other -> sameOrganization(other, name.kind() + ":" + name.key()))
                        .findFirst().orElse(key);
            }
            if (name.kind() == EntityKind.PERSON && !name.key().contains(" ")) {
                for (String full : groups.keySet()) {
                    boolean person = full.startsWith(EntityKind.PERSON + ":");
                    String fullName = full.substring(full.indexOf(':') + 1);
                    if (person && (fullName.endsWith(" " + name.key()) || fullName.startsWith(name.key() + " "))) {
                        key = full;
                        break;
                    }
                }
            }
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(name);
        }
        return groups;
    }

    /** Руководство партии «Яблоко» and партии «Яблоко»: one organisation, named in more or fewer words. */
    private static boolean sameOrganization(String one, String other) {
        String prefix = EntityKind.ORGANIZATION + ":";
        return one.startsWith(prefix) && other.startsWith(prefix)
                && (one.endsWith(" " + other.substring(prefix.length())) || other.endsWith(" " + one.substring(prefix.length())));
    }

    /** Наото Кана and Наото Кан: one person, whatever case the article put the full name in. */
    private static String stemmed(String key) {
        StringBuilder out = new StringBuilder();
        for (String word : key.split(" ")) {
            out.append(NameWords.stem(word)).append(' ');
        }
        return out.toString();
    }

    /** Latin letters for a Russian name (BGN/PCGN, without the marks for ь and ъ). */
    public static String latin(String name) {
        return LATIN.transliterate(name).replace("ʹ", "").replace("ʺ", "");
    }

    /** Each word capitalized: сергей топалов → Сергей Топалов. */
    public static String titleCase(String words) {
        StringBuilder out = new StringBuilder(words.length());
        boolean start = true;
        for (char c : words.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
