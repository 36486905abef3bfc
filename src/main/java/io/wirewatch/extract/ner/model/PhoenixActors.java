package io.wirewatch.extract.ner.model;

import io.wirewatch.extract.text.Token;
import io.wirewatch.extract.text.Tokenizer;
import io.wirewatch.kb.PhoenixDictionary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Types the entries of the PETRARCH2 Phoenix actor dictionaries (read by {@link PhoenixDictionary};
 * MIT licence, Open Event Data Alliance) and produces the English name gazetteer's entries ({@link NameGazetteer}): each actor's
 * names (its first line and its {@code +} synonyms), typed by its codes. A country code alone
 * ({@code [AFG]}, {@code [USRAZE <911018]}: the country's names, cities and provinces) makes places
 * (LOC); a dated role ({@code [AFGGOV 870930-871130]}, a sector of the agents file after the
 * country; any date in the international file) or a {@code # CountryInfo.txt} note makes a person
 * (PER); any other code ({@code [AFGMIL]}, {@code [IGOUNO]}, {@code [MNCUSA]}) an organisation (ORG). Titles
 * before a person's name are dropped ({@code PRESIDENT_RONALD_REAGAN} is Ronald Reagan), the
 * words that begin an agent phrase of {@code Phoenix.agents.txt} being titles. Names are written
 * as Wirewatch's tokenizer cuts them, in lower case.
 */
public final class PhoenixActors {
    private static final Set<String> EXTRA_TITLES = Set.of("former", "president-elect", "gov.", "gov", "mr", "mr.", "mrs", "mrs.",
            "dr", "dr.", "sen", "sen.", "gen", "gen.", "lt", "col", "late", "then", "acting", "ex", "the", "vice", "deputy", "new");

    /** An entry: its type (PER, LOC, ORG) and its words, lower case, as the tokenizer cuts them, space-separated. */
    public record Entry(String type, String words) implements Comparable<Entry> {
        @Override
        public int compareTo(Entry other) {
            int byType = type.compareTo(other.type);
            return byType != 0 ? byType : words.compareTo(other.words);
        }
    }

    private PhoenixActors() {
    }

    /** An actor: its type (PER, LOC, ORG), its names as the file writes them, its codes. */
    public record Actor(String type, List<String> names, List<String> codes) {
    }

    /** The entries of the actor files, sorted and without repeats; the agents file names the titles. */
    public static Set<Entry> read(List<Path> actorFiles, Path agentsFile) {
        Set<String> titles = titles(lines(agentsFile));
        Set<Entry> entries = new TreeSet<>();
        for (Actor actor : actors(actorFiles, agentsFile)) {
            for (String name : actor.names()) {
                String words = words(name, actor.type().equals("PER") ? titles : Set.of());
                if (!words.isEmpty() && !(actor.type().equals("PER") && titles.contains(words))) {
                    entries.add(new Entry(actor.type(), words));
                }
            }
        }
        return entries;
    }

    /** Every actor of the actor files, typed; the agents file names the titles and the sectors of roles. */
    public static List<Actor> actors(List<Path> actorFiles, Path agentsFile) {
        List<String> agents = lines(agentsFile);
        Vocabulary vocabulary = new Vocabulary(titles(agents), sectors(agents));
        List<Actor> actors = new ArrayList<>();
        for (Path file : actorFiles) {
            actors.addAll(actors(lines(file), file.getFileName().toString().contains("Countries"), vocabulary));
        }
        return actors;
    }

    /** The titles of the agents file (the first words of its phrases), lower case. */
    public static Set<String> titles(Path agentsFile) {
        return titles(lines(agentsFile));
    }

    /**
     * The file's lines read as Latin-1, as the shipped gazetteer was made: its 14 entries with letters
     * beyond ASCII (Erdoğan) are mojibake that UTF-8 would mend, changing the list the English model
     * was trained with; mend them when the model is next retrained.
     */
    private static List<String> lines(Path file) {
        return PhoenixDictionary.lines(file, StandardCharsets.ISO_8859_1);
    }

    /** The first word of every agent phrase (PRESIDENT, MINISTER...), lower case. */
    static Set<String> titles(List<String> agentLines) {
        Set<String> titles = new HashSet<>(EXTRA_TITLES);
        for (String line : agentLines) {
            String name = line.split("[#\\[]", 2)[0].trim();
            if (!name.isEmpty() && !name.startsWith("!") && !name.contains("=")) {
                titles.add(name.replaceAll("!.*", "").split("_", 2)[0].toLowerCase(Locale.ROOT));
            }
        }
        titles.remove("");
        return titles;
    }

    /** The agents file's sector codes (GOV, MIL, REB...), and ELI, the elite. */
    static Set<String> sectors(List<String> agentLines) {
        Set<String> sectors = new HashSet<>(Set.of("ELI"));
        Matcher code = Pattern.compile("\\[~([A-Z]+)").matcher(String.join("\n", agentLines));
        while (code.find()) {
            for (int i = 0; i + 3 <= code.group(1).length(); i += 3) {
                sectors.add(code.group(1).substring(i, i + 3));
            }
        }
        return sectors;
    }

    /** The words that make a title (dropped before a person's name) and the sector codes of roles. */
    record Vocabulary(Set<String> titles, Set<String> sectors) {
        boolean hasSector(String code) {
            for (int i = 3; i + 3 <= code.length(); i += 3) {
                if (sectors.contains(code.substring(i, i + 3))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The actors of one actor file; {@code countries}: the Countries file, where codes without a sector name places. */
    static List<Actor> actors(List<String> lines, boolean countries, Vocabulary vocabulary) {
        List<Actor> actors = new ArrayList<>();
        for (PhoenixDictionary.Entry entry : PhoenixDictionary.parse(lines)) {
            actors.add(new Actor(type(entry, countries, vocabulary), entry.names(),
                    entry.codes().stream().map(PhoenixDictionary.Code::code).toList()));
        }
        return actors;
    }

    /** PER for a dated role or a {@code CountryInfo.txt} note, LOC for a country's own codes (Countries file), else ORG. */
    private static String type(PhoenixDictionary.Entry entry, boolean countries, Vocabulary vocabulary) {
        boolean person = entry.notes().stream().anyMatch(note -> note.contains("CountryInfo.txt"))
                || entry.codes().stream().anyMatch(c -> c.dated() && (!countries || vocabulary.hasSector(c.code())));
        boolean sector = entry.codes().stream().anyMatch(c -> vocabulary.hasSector(c.code()));
        boolean place = countries && !sector && entry.codes().stream().noneMatch(c -> c.code().isEmpty());
        return person ? "PER" : place ? "LOC" : "ORG";
    }

    /** The name's words as the tokenizer cuts them, lower case, leading titles dropped. */
    public static String words(String name, Set<String> titles) {
        String text = name.replace('_', ' ').trim();
        if (text.contains(",") || text.contains("(") || text.contains("$") || text.contains("!")) {
            return "";
        }
        List<String> words = new ArrayList<>();
        for (Token token : Tokenizer.tokenize(text)) {
            words.add(token.text().toLowerCase(Locale.ROOT));
        }
        while (words.size() > 1 && titles.contains(words.get(0))) {
            words.remove(0);
        }
        boolean startsWithWord = !words.isEmpty() && Character.isLetterOrDigit(words.get(0).charAt(0));
        return startsWithWord ? String.join(" ", words) : "";
    }
}
