package io.wirewatch.extract.events;

import io.wirewatch.extract.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Western economic summit and the Group of Seven as their member states, as ANNOTATION.md codes
 * a multilateral meeting (one event listing all the states): "the economic summit in Venice", "a
 * summit of the major industrialized countries", "Group of Seven finance ministers". Reads a run of
 * tokens (English); produces the seven members when it names the group. The members are those of
 * the group since 1976 (before Russia's years in the G8).
 */
final class GroupSummits {
    /** The Group of Seven's members, as ISO codes (DEU for West Germany, as the gold codes it). */
    static final List<String> G7 = List.of("USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN");
    /** The Group of Seven's knowledge-base id, the entity its members' sides point to. */
    static final String G7_ID = "Q1764511";
    private static final Pattern NAMES_G7 = Pattern.compile("\\beconomic summit\\b|\\bseven-nation (economic )?summit\\b"
            + "|\\bsummit (meeting )?of (the )?((seven|major|leading|western|big) )*industriali[sz]ed (nations|countries|democracies)\\b"
            + "|\\bgroup of seven\\b|\\bg-?7\\b");

    private GroupSummits() {
    }

    /** Whether the tokens name the Group of Seven or its summit. */
    static boolean namesG7(List<Token> tokens) {
        // every name above holds "summit", "seven" or "7": most clauses never reach the pattern
        if (tokens.stream().noneMatch(token -> isCue(token.keys().get(0)))) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        for (Token token : tokens) {
            text.append(token.text().toLowerCase(Locale.ROOT)).append(' ');
        }
        return NAMES_G7.matcher(text.toString().replace(" - ", "-")).find();
    }

    /** Whether a word (lower case) holds "summit", "seven" or "7", one of which every name of the group holds. */
    static boolean isCue(String word) {
        return word.indexOf('7') >= 0 || word.contains("summit") || word.contains("seven");
    }
}
