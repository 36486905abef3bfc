package io.wirewatch.extract.text;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dateline lead at the start of a wire story's body, e.g. {@code Москва. 10 февраля. INTERFAX.RU - },
 * {@code MOSCOW, Feb 10 (Reuters) - }, {@code MOSCOW, April 13 - } or {@code WASHINGTON (AP) — }:
 * the city and the agency are article metadata, not mentions.
 *
 * @param city   the dateline city as printed (Москва, MOSCOW)
 * @param source the agency named in the lead (INTERFAX.RU, Reuters), or null
 * @param length the lead's length in characters, trailing dash and spaces included
 */
public record Dateline(String city, String source, int length) {
    private static final String DASH = "\\s+[-\u2013\u2014]\\s+";
    private static final String RU_MONTH = "(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)";
    private static final String EN_MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|March|Mar|April|Apr|May|June?|July?|Aug(?:ust)?"
            + "|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";
    private static final List<Pattern> PATTERNS = List.of(
            // Москва. 10 февраля. INTERFAX.RU -
            Pattern.compile("^(?<city>\\p{Lu}[\\p{L}\\-]*(?: \\p{L}[\\p{L}\\-]*){0,3})\\.\\s+\\d{1,2}\\s+" + RU_MONTH
                    + "(?:\\s+\\d{4})?\\.?\\s+(?:/(?<src1>[^/]+)/|(?<src2>[\\p{Lu}][\\p{L}.\\-]*(?: [\\p{Lu}][\\p{L}.\\-]*)?))" + DASH),
            // MOSCOW, Feb 10 (Reuters) -
            Pattern.compile("^(?<city>\\p{Lu}[\\p{Lu}.' \\-]*[\\p{Lu}.]),\\s+\\p{L}{3,9}\\.?\\s+\\d{1,2}\\s+\\((?<src1>[^)]{2,40})\\)" + DASH),
            // WASHINGTON (AP) —
            Pattern.compile("^(?<city>\\p{Lu}[\\p{Lu}.' \\-]*[\\p{Lu}.])(?:,\\s+[\\p{L}. ]{2,30})?\\s+\\((?<src1>[^)]{2,40})\\)" + DASH),
            // MOSCOW, April 13 - (no agency: an English month's name, then the day)
            Pattern.compile("^(?<city>\\p{Lu}[\\p{Lu}.' \\-]*[\\p{Lu}.]),\\s+" + EN_MONTH + "\\.?\\s+\\d{1,2}" + DASH));

    /** The dateline lead at the very start of {@code body}, if there is one. */
    public static Optional<Dateline> find(CharSequence body) {
        CharSequence head = body.subSequence(0, Math.min(body.length(), 200));
        for (Pattern pattern : PATTERNS) {
            Matcher m = pattern.matcher(head);
            if (m.find()) {
                return Optional.of(new Dateline(m.group("city").strip(), source(m), m.end()));
            }
        }
        return Optional.empty();
    }

    private static String source(Matcher m) {
        for (String group : new String[] {"src1", "src2"}) {
            try {
                String value = m.group(group);
                if (value != null) {
                    return value.strip();
                }
            } catch (IllegalArgumentException noSuchGroup) {
                // This pattern has no such group.
            }
        }
        return null;
    }
}
