package io.wirewatch.extract.events;

import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.extract.link.MentionIndex;
import io.wirewatch.extract.text.TextRange;
import io.wirewatch.kb.EntityKind;
import io.wirewatch.kb.TsvTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The country and rank of people the knowledge base does not hold, from the English title that
 * introduces them: "Brazilian Finance Minister Dilson Funaro", "Brazil's Finance Minister …",
 * "U.S. Commerce Secretary Malcolm Baldrige" (the country named right before the title),
 * "Chancellor of the Exchequer Nigel Lawson" (a title that says its country). Reads the article's
 * text, its linked entities' mentions ({@link MentionIndex}) and {@code events/person-titles-en.tsv};
 * produces, by entity id, the country and the level of each person so introduced, so that "Funaro"
 * later in the story stands for Brazil at ministerial level. A title naming an institution of no
 * state ("central bank president") introduces nobody.
 */
final class IntroducedPeople {
    /** A person's side and rank, as a title gave them. */
    record Introduced(String country, ContactLevel level) {
    }

    private record Title(String country, ContactLevel level) {
    }

    private static final Map<String, Title> TITLES = load();
    /** Title words that make the title a post in a bank, firm, party or union, not in a state. */
    private static final Set<String> NOT_OF_A_STATE = Set.of("bank", "company", "corporation", "corp", "party",
            "union", "association", "federation", "chamber", "institute", "group", "firm", "exchange", "board");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z.'\u2019-]*");
    /** The longest title read before a name, in words. */
    private static final int MAX_WORDS = 8;

    private IntroducedPeople() {
    }

    /**
     * The people of the article a title introduces, by entity id. A name the name finder split or
     * took for another kind (Malcolm | Baldrige, "Funaro" as a place) still counts: the title may
     * stand up to two capitalised words before it, and a one-word name that is the surname of a
     * person so introduced stands for that person.
     */
    static Map<String, Introduced> in(String text, MentionIndex mentions) {
        Map<String, Introduced> people = new HashMap<>();
        Map<String, Introduced> bySurname = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            LinkedEntity entity = mentions.entity(i);
            if (!mayBeUnknownPerson(entity) || people.containsKey(entity.id())) {
                continue;
            }
            Introduced introduced = byTitleBefore(text, mentions.range(i).start(), mentions);
            if (introduced != null) {
                people.put(entity.id(), introduced);
                String name = text.substring(mentions.range(i).start(), mentions.range(i).end()).trim();
                bySurname.putIfAbsent(name.substring(name.lastIndexOf(' ') + 1), introduced);
            }
        }
        for (int i = 0; i < mentions.size(); i++) {
            LinkedEntity entity = mentions.entity(i);
            String name = text.substring(mentions.range(i).start(), mentions.range(i).end()).trim();
            if (mayBeUnknownPerson(entity) && !people.containsKey(entity.id()) && bySurname.containsKey(name)) {
                people.put(entity.id(), bySurname.get(name));
            }
        }
        return people;
    }

    /** A person, or a name of a place or body the knowledge base does not place in a country (a surname taken for one). */
    private static boolean mayBeUnknownPerson(LinkedEntity entity) {
        return entity.country() == null && (entity.kind() == EntityKind.PERSON
                || entity.wikidata() == null && (entity.kind() == EntityKind.LOCATION || entity.kind() == EntityKind.ORGANIZATION)
                && entity.id().startsWith("ww:") && entity.nameEn() != null && entity.nameEn().indexOf(' ') < 0);
    }

    /** The title ending right before the offset, and the country it or the name before it says. */
    private static Introduced byTitleBefore(String text, int at, MentionIndex mentions) {
        List<TextRange> words = wordsBefore(text, at);
        for (int given = 0; given <= 2 && given <= words.size(); given++) {
            if (given > 0 && !Character.isUpperCase(text.charAt(words.get(words.size() - given).start()))) {
                break;
            }
            int nameStart = given == 0 ? at : words.get(words.size() - given).start();
            Introduced introduced = byTitleEnding(text, nameStart, words.subList(0, words.size() - given), mentions);
            if (introduced != null) {
                return introduced;
            }
        }
        return null;
    }

    private static Introduced byTitleEnding(String text, int at, List<TextRange> words, MentionIndex mentions) {
        for (int from = words.size() - 1; from >= 0; from--) {
            String title = text.substring(words.get(from).start(), at).trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (containsAny(title, NOT_OF_A_STATE)) {
                return null;
            }
            Title known = longestEnding(title);
            if (known == null) {
                continue;
            }
            if (!known.country().equals("*")) {
                return new Introduced(known.country(), known.level());
            }
            String country = from > 0 ? countryEndingWord(words.get(from - 1), mentions) : null;
            if (country != null) {
                return new Introduced(country, known.level());
            }
        }
        return null;
    }

    /** The words right before the offset, separated by nothing but spaces, at most {@link #MAX_WORDS} + 1, in text order. */
    private static List<TextRange> wordsBefore(String text, int at) {
        int from = Math.max(0, at - 120);
        Matcher matcher = WORD.matcher(text).region(from, at);
        List<TextRange> all = new ArrayList<>();
        while (matcher.find()) {
            all.add(new TextRange(matcher.start(), matcher.end()));
        }
        List<TextRange> run = new ArrayList<>();
        int end = at;
        for (int i = all.size() - 1; i >= 0 && run.size() <= MAX_WORDS; i--) {
            TextRange word = all.get(i);
            if (!text.substring(word.end(), end).isBlank()) {
                break;
            }
            run.add(0, word);
            end = word.start();
        }
        return run;
    }

    /** The country of a country, place or body's name ending the word (Brazilian, U.S., Brazil's). */
    private static String countryEndingWord(TextRange word, MentionIndex mentions) {
        for (int i = Math.max(0, mentions.firstFrom(word.start() - 1)); i < mentions.size(); i++) {
            TextRange range = mentions.range(i);
            if (range.start() > word.end()) {
                break;
            }
            LinkedEntity entity = mentions.entity(i);
            boolean ends = range.end() == word.end() || range.end() == word.end() - 2;
            if (ends && entity.kind() != EntityKind.PERSON && entity.country() != null) {
                return entity.country();
            }
        }
        return null;
    }

    private static Title longestEnding(String title) {
        Title best = null;
        int length = 0;
        for (Map.Entry<String, Title> entry : TITLES.entrySet()) {
            String phrase = entry.getKey();
            boolean ends = title.equals(phrase) || title.endsWith(" " + phrase);
            if (ends && phrase.length() > length) {
                best = entry.getValue();
                length = phrase.length();
            }
        }
        return best;
    }

    private static boolean containsAny(String title, Set<String> words) {
        for (String word : title.split(" ")) {
            if (words.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Title> load() {
        Map<String, Title> titles = new HashMap<>();
        for (TsvTable.Row row : TsvTable.read("/events/person-titles-en.tsv").rows()) {
            titles.put(row.require("phrase"), new Title(row.require("country"), ContactLevel.valueOf(row.require("level"))));
        }
        return Map.copyOf(titles);
    }
}
