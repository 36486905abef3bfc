package io.wirewatch.kb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PETRARCH2 Phoenix actor dictionary (TABARI format, e.g. {@code Phoenix.Countries.actors.txt}):
 * a name line ({@code RONALD_REAGAN_  # comment}), synonym lines ({@code +PRESIDENT_REAGAN}) and
 * code lines ({@code [USAGOV 810120-890120]}, {@code [RUSGOV >080508]}, or inline after the name).
 * Root names listed one after another before a code block share it. Used by {@link PhoenixImport} only.
 */
final class PhoenixActors {
    private static final Pattern CODE = Pattern.compile("\\[([A-Z0-9]+)\\s*([<>]?)(\\d{6,9})?(?:-(\\d{6,9}))?\\s*\\]");

    /**
     * One dated code: the country is its first three letters, the sector the rest (GOV, ELI, MIL).
     *
     * @param start first day, or null when open
     * @param end   last day, or null when open
     */
    record Code(String code, LocalDate start, LocalDate end) {
        String country() {
            return code.length() >= 3 ? code.substring(0, 3) : code;
        }

        boolean dated() {
            return start != null || end != null;
        }

        boolean overlaps(LocalDate from, LocalDate to) {
            return (start == null || to == null || !to.isBefore(start)) && (end == null || from == null || !from.isAfter(end));
        }
    }

    /** An actor: its names as Phoenix writes them (underscores for spaces, upper case), and its codes. */
    record Actor(List<String> names, List<Code> codes) {
    }

    private PhoenixActors() {
    }

    static List<Actor> read(Path file) throws IOException {
        List<Actor> actors = new ArrayList<>();
        List<List<String>> group = new ArrayList<>();
        List<Code> codes = new ArrayList<>();
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = raw.replaceAll("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("[")) {
                boolean synonym = line.startsWith("+");
                if (!synonym && !codes.isEmpty()) {
                    flush(actors, group, codes);
                }
                String name = line.replaceFirst("^\\+", "").replaceAll("\\[.*", "").strip();
                if (!synonym || group.isEmpty()) {
                    group.add(new ArrayList<>());
                }
                if (!name.isEmpty()) {
                    group.get(group.size() - 1).add(name);
                }
            }
            Matcher m = CODE.matcher(line);
            while (m.find()) {
                codes.add(code(m));
            }
        }
        flush(actors, group, codes);
        return actors;
    }

    /** Root names listed before one code block share it; each keeps its own synonyms. */
    private static void flush(List<Actor> actors, List<List<String>> group, List<Code> codes) {
        for (List<String> names : group) {
            if (!names.isEmpty() && !codes.isEmpty()) {
                actors.add(new Actor(List.copyOf(names), List.copyOf(codes)));
            }
        }
        group.clear();
        codes.clear();
    }

    private static Code code(Matcher m) {
        LocalDate first = date(m.group(3));
        LocalDate second = date(m.group(4));
        return switch (m.group(2)) {
            case ">" -> new Code(m.group(1), first, null);
            case "<" -> new Code(m.group(1), null, first);
            default -> new Code(m.group(1), first, second);
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
    static String display(String phoenixName) {
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
