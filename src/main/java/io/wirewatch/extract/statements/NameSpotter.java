package io.wirewatch.extract.statements;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.link.MentionIndex;
import io.wirewatch.extract.link.MentionKind;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.extract.text.Token;
import io.wirewatch.kb.EntityKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People an English text names where the name finder and the knowledge base may not: a run of
 * capitalized Latin words after a title (Prime Minister Yasuhiro Nakasone, Mr Ryzhkov), next to a
 * verb of saying (Baker said; said Jon Rosenbaum,) or before an appositive and such a verb (Dilson
 * Funaro, Brazil's finance minister, said). Every later use of the surname names the same person.
 * Produces persons as the text writes them (local ids, the name as written), mentions in text order.
 */
final class NameSpotter {
    private static final Set<String> TITLES = Set.of("president", "minister", "secretary", "premier", "chancellor", "mr",
            "mrs", "ms", "dr", "sen", "senator", "rep", "representative", "congressman", "gen", "general", "governor",
            "ambassador", "chairman", "adviser", "advisor", "spokesman", "spokeswoman", "director", "commissioner", "king",
            "queen", "pope", "leader", "envoy", "negotiator", "economist", "analyst", "official", "head", "judge");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and",
            "in", "on", "at", "last", "today", "this", "that", "these", "those", "there", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "reuter", "reuters", "earlier", "later", "however",
            "meanwhile", "asked", "if", "when", "as", "his", "her", "their", "our", "some", "other", "prime", "foreign",
            "finance", "trade", "treasury", "defence", "defense", "state", "vice", "deputy", "chief", "senior", "white",
            "house", "of", "officials", "sources", "also", "both", "one", "after", "before", "while", "since", "for");
    private static final Set<String> ORG_WORDS = Set.of("department", "ministry", "council", "commission", "bank", "committee",
            "association", "party", "office", "agency", "union", "organisation", "organization", "group", "board", "corp",
            "inc", "co", "ltd", "fund", "government", "congress", "senate", "community", "administration", "club",
            "exchange", "institute", "university", "news", "times", "post", "journal", "press", "court", "army");

    private NameSpotter() {
    }

    /**
     * The persons named in the text's tokens where no linked place, body or nationality is; a lone
     * word the text also writes in lower case (Bankers said) is none.
     */
    static List<LinkedEntity> spot(String text, List<Token> tokens, MentionIndex linked) {
        Map<String, String> fullBySurname = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!isNameWord(tokens.get(i)) || i > 0 && isNameWord(tokens.get(i - 1))) {
                continue;
            }
            int end = i;
            while (end + 1 < tokens.size() && isNameWord(tokens.get(end + 1)) && end - i < 3) {
                end++;
            }
            if (isPersonContext(tokens, i, end) && !coveredByOther(linked, tokens.get(i).range())
                    && !(end == i && writtenInLowerCase(text, bare(tokens.get(i).text())))) {
                String surname = bare(tokens.get(end).text());
                String full = name(tokens, i, end);
                fullBySurname.merge(surname, full, (a, b) -> a.length() >= b.length() ? a : b);
            }
        }
        List<LinkedEntity> people = new ArrayList<>();
        fullBySurname.forEach((surname, full) -> people.add(new LinkedEntity("text:" + full, EntityKind.PERSON, full, null, null,
                null, null, mentionsOf(tokens, surname))));
        return people;
    }

    /** The linked entities' mentions and the spotted people's where no linked person is named. */
    static MentionIndex withSpotted(MentionIndex all, List<LinkedEntity> entities, List<LinkedEntity> spotted) {
        if (spotted.isEmpty()) {
            return all;
        }
        List<LinkedEntity> merged = new ArrayList<>(entities);
        for (LinkedEntity person : spotted) {
            List<TextRange> free = person.mentions().stream().filter(m -> !namesPerson(all, m)).toList();
            if (!free.isEmpty()) {
                merged.add(new LinkedEntity(person.id(), person.kind(), person.nameEn(), null, null, null, null, free));
            }
        }
        return MentionIndex.of(merged);
    }

    private static boolean namesPerson(MentionIndex all, TextRange range) {
        for (int i = 0; i < all.size() && all.range(i).start() <= range.end(); i++) {
            LinkedEntity entity = all.entity(i);
            if (entity.kind() == EntityKind.PERSON && entity.kindOf(all.range(i)) == MentionKind.NAME
                    && all.range(i).start() < range.end() && range.start() < all.range(i).end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPersonContext(List<Token> tokens, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (ORG_WORDS.contains(bare(tokens.get(i).text()).toLowerCase())) {
                return false;
            }
        }
        if (first > 0 && tokens.get(first - 1).text().equals("of")) {
            return false; // Bronwyn Curtis of Landell Mills said: the run after "of" is her employer
        }
        if (first > 0 && TITLES.contains(bare(tokens.get(first - 1).text()).toLowerCase().replace(".", ""))) {
            return true;
        }
        if (last + 1 < tokens.size() && SpeechLexicon.isSpeechVerb(tokens.get(last + 1))) {
            return true;
        }
        if (first > 0 && SpeechLexicon.isSpeechVerb(tokens.get(first - 1)) && last + 1 < tokens.size()
                && ",.".contains(tokens.get(last + 1).text())) {
            return true;
        }
        return last > first && (appositiveBeforeVerb(tokens, last + 1) || employerBeforeVerb(tokens, last + 1));
    }

    /** Bronwyn Curtis of Landell Mills Commodities Studies said. */
    private static boolean employerBeforeVerb(List<Token> tokens, int of) {
        if (of >= tokens.size() || !tokens.get(of).text().equals("of")) {
            return false;
        }
        int i = of + 1;
        while (i < tokens.size() && (isNameWord(tokens.get(i)) || tokens.get(i).isAcronym())) {
            i++;
        }
        return i > of + 1 && i < tokens.size() && SpeechLexicon.isSpeechVerb(tokens.get(i));
    }

    /** Dilson Funaro, Brazil's finance minister, said: a comma, a short phrase, a comma and the verb. */
    private static boolean appositiveBeforeVerb(List<Token> tokens, int comma) {
        if (comma >= tokens.size() || !tokens.get(comma).text().equals(",")) {
            return false;
        }
        for (int i = comma + 1; i < Math.min(tokens.size() - 1, comma + 12); i++) {
            String text = tokens.get(i).text();
            if (text.equals(",")) {
                return SpeechLexicon.isSpeechVerb(tokens.get(i + 1));
            }
            if (text.equals(".") || text.equals("\"")) {
                return false;
            }
        }
        return false;
    }

    private static boolean writtenInLowerCase(String text, String word) {
        String lower = word.toLowerCase();
        for (int at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
            boolean startsWord = at == 0 || !Character.isLetter(text.charAt(at - 1));
            int end = at + lower.length();
            if (startsWord && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean coveredByOther(MentionIndex linked, TextRange range) {
        for (int i = 0; i < linked.size() && linked.range(i).start() <= range.start(); i++) {
            if (linked.range(i).contains(range) && linked.entity(i).kind() != EntityKind.PERSON) {
                return true;
            }
        }
        return false;
    }

    private static List<TextRange> mentionsOf(List<Token> tokens, String surname) {
        List<TextRange> mentions = new ArrayList<>();
        for (Token token : tokens) {
            if (isNameWord(token) && bare(token.text()).equals(surname)) {
                mentions.add(new TextRange(token.start(), token.start() + surname.length()));
            }
        }
        return mentions;
    }

    private static String name(List<Token> tokens, int first, int last) {
        StringBuilder name = new StringBuilder();
        for (int i = first; i <= last; i++) {
            name.append(i > first ? " " : "").append(bare(tokens.get(i).text()));
        }
        return name.toString();
    }

    /** A capitalized Latin word that is no function word, title or month. */
    static boolean isNameWord(Token token) {
        String text = bare(token.text());
        if (text.length() < 2 || !Character.isUpperCase(text.charAt(0)) || text.charAt(0) > 'Z' || Token.isAcronym(text)) {
            return false;
        }
        String lower = text.toLowerCase();
        return !NOT_NAMES.contains(lower) && !TITLES.contains(lower) && text.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
    }

    /** The word without a possessive ending (Reagan's). */
    private static String bare(String text) {
        return text.endsWith("'s") || text.endsWith("’s") ? text.substring(0, text.length() - 2) : text;
    }
}
