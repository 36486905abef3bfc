package io.wirewatch.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH2 Phoenix actor dictionary (TABARI format, MIT licence, Open Event Data Alliance;
 * {@code Phoenix.Countries.actors.txt}, {@code Phoenix.International.actors.txt}) into its entries:
 * root name lines in the first column ({@code RONALD_REAGAN_  # CountryInfo.txt}), each followed by
 * its synonym lines ({@code +PRESIDENT_REAGAN}), then the code lines, indented or inline after a
 * name ({@code [USAGOV 810120-890120]}, {@code [RUSGOV >080508]}, {@code [AFG]}). Root names listed
 * one after another before one code block share it: one {@link Entry}. Indented lines carry codes,
 * never names; a line starting with {@code #} is a comment of the file, a {@code #} elsewhere starts
 * a note of the entry. The one reader of these files: {@link PhoenixImport} (the knowledge base's
 * aliases) and the English gazetteer ({@code io.wirewatch.extract.ner.model.PhoenixActors}).
 */
public final class PhoenixDictionary {
    private static final Pattern CODE = Pattern.compile("\\[([A-Z~]*)(?:\\s+([<>]?\\d[\\d\\-<>]*))?\\s*\\]");
    private static final Pattern PERIOD = Pattern.compile("([<>]?)(\\d{6,9})?(?:-(\\d{6,9}))?");

    private PhoenixDictionary() {
    }

    /**
     * One code: the country is its first three letters, the sector the rest (GOV, ELI, MIL).
     *
     * @param period the dates as written ({@code 810120-890120}, {@code >080508}), or null for none
     * @param start  first day, or null when open or unreadable
     * @param end    last day, or null when open or unreadable
     */
    public record Code(String code, String period, LocalDate start, LocalDate end) {
        public String country() {
            return code.length() >= 3 ? code.substring(0, 3) : code;
        }

        /** Whether the code holds only for a time: a role, not the country's own name. */
        public boolean dated() {
            return period != null;
        }

        public boolean overlaps(LocalDate from, LocalDate to) {
            return (start == null || to == null || !to.isBefore(start)) && (end == null || from == null || !from.isAfter(end));
        }
    }

    /**
     * One entry: its root names, each with its synonyms after it ({@code roots().get(i).get(0)} is a
     * root name, as the file writes it), the codes they share, and the notes written on its lines
     * after a {@code #} ({@code CountryInfo.txt} marks a person).
     */
    public record Entry(List<List<String>> roots, List<Code> codes, List<String> notes) {
        /** Every name of the entry, roots and synonyms, in file order. */
        public List<String> names() {
            return roots.stream().flatMap(List::stream).toList();
        }

        /** One entry per root name, with its synonyms and the shared codes and notes. */
        public List<Entry> perRoot() {
            return roots.stream().map(root -> new Entry(List.of(root), codes, notes)).toList();
        }
    }

    /** The entries of a dictionary file, decoded with {@code charset}. */
    public static List<Entry> read(Path file, Charset charset) {
        return parse(lines(file, charset));
    }

    /** A dictionary file's lines, decoded with {@code charset}. */
    public static List<String> lines(Path file, Charset charset) {
        try {
            return new String(Files.readAllBytes(file), charset).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Phoenix dictionary " + file, e);
        }
    }

    /** The entries of a dictionary's lines. */
    public static List<Entry> parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        Reading entry = new Reading();
        for (String raw : lines) {
            String line = raw.replace('\u00a0', ' ');
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int hash = line.indexOf('#');
            String content = hash < 0 ? line : line.substring(0, hash);
            boolean indented = Character.isWhitespace(line.charAt(0));
            String name = indented ? "" : content.split("\\[", 2)[0].trim();
            boolean synonym = name.startsWith("+");
            if (!name.isEmpty() && !synonym && !entry.codes.isEmpty()) {
                entry.finish().ifPresent(entries::add);
                entry = new Reading();
            }
            entry.addName(synonym ? name.substring(1) : name, synonym);
            if (hash >= 0) {
                entry.notes.add(line.substring(hash + 1).trim());
            }
            Matcher code = CODE.matcher(content);
            while (code.find()) {
                entry.codes.add(code(code.group(1), code.group(2)));
            }
        }
        entry.finish().ifPresent(entries::add);
        return entries;
    }

    /** One entry being read. */
    private static final class Reading {
        final List<List<String>> roots = new ArrayList<>();
        final List<Code> codes = new ArrayList<>();
        final List<String> notes = new ArrayList<>();

        void addName(String name, boolean synonym) {
            if (name.isEmpty()) {
                return;
            }
            if (!synonym || roots.isEmpty()) {
                roots.add(new ArrayList<>());
            }
            roots.get(roots.size() - 1).add(name);
        }

        java.util.Optional<Entry> finish() {
            if (roots.isEmpty() || codes.isEmpty()) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(new Entry(roots.stream().map(List::copyOf).toList(), List.copyOf(codes), List.copyOf(notes)));
        }
    }

    private static Code code(String code, String period) {
        Matcher dates = PERIOD.matcher(period == null ? "" : period);
        if (period == null || !dates.matches()) {
            return new Code(code, period, null, null);
        }
        LocalDate first = date(dates.group(2));
        return switch (dates.group(1)) {
            case ">" -> new Code(code, period, first, null);
            case "<" -> new Code(code, period, null, first);
            default -> new Code(code, period, first, date(dates.group(3)));
        };
    }

    /** YYMMDD (years after 30 are the 1900s) or YYYYMMDD; null when absent or not a day. */
    static LocalDate date(String digits) {
        if (digits == null || digits.length() != 6 && digits.length() != 8) {
            return null;
        }
        try {
            if (digits.length() == 8) {
                return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                        Integer.parseInt(digits.substring(6, 8)));
            }
            int yy = Integer.parseInt(digits.substring(0, 2));
            return LocalDate.of(yy > 30 ? 1900 + yy : 2000 + yy, Integer.parseInt(digits.substring(2, 4)),
                    Integer.parseInt(digits.substring(4, 6)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** GEORGE_P._SHULTZ_ → George P. Shultz. */
    public static String display(String phoenixName) {
        StringBuilder out = new StringBuilder();
        for (String word : phoenixName.replace('_', ' ').strip().split("\\s+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(capitalize(word));
        }
        return out.toString();
    }

    private static String capitalize(String word) {
        StringBuilder out = new StringBuilder(word.toLowerCase(Locale.ROOT));
        for (int i = 0; i < out.length(); i++) {
            if (Character.isLetter(out.charAt(i)) && (i == 0 || "-'.".indexOf(out.charAt(i - 1)) >= 0)) {
                out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
            }
        }
        return out.toString();
    }
}
