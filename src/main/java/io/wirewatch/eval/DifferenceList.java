package io.wirewatch.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.extract.events.ContactEventRecord;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The differences between found items and gold, per article of the tuning part (and of gold that
 * names no part), one line each: the required items not found ("missed") and the found items paired
 * with no gold item ("extra"); the checking part is only measured, never listed.
 */
final class DifferenceList {
    private final StringBuilder details = new StringBuilder();

    /** Lists, per article, the required items not found ("missed") and the found items paired with no gold item ("extra"). */
    <T> void note(GoldArticle gold, String what, List<JsonNode> required, List<JsonNode> listed, List<T> found,
            BiPredicate<T, JsonNode> matches, Function<T, String> describeFound,
            Function<JsonNode, String> describeGold) {
        if (gold.part().equals("checking")) {
            return;
        }
        String article = gold.gold().getFileName().toString();
        int[] pairs = GoldMatch.pairs(found, listed, matches);
        for (int g = 0; g < required.size(); g++) {
            int index = g;
            if (Arrays.stream(pairs).noneMatch(p -> p == index)) {
                details.append(String.format("%s  missed %s  %s%n", article, what, describeGold.apply(required.get(g))));
            }
        }
        for (int f = 0; f < found.size(); f++) {
            if (pairs[f] < 0) {
                details.append(String.format("%s  extra  %s  %s%n", article, what, describeFound.apply(found.get(f))));
            }
        }
    }

    static String describe(ContactEventRecord event) {
        return event.actors().stream().map(ContactEventRecord.EventActor::code).sorted().toList() + " " + event.status().name() + " "
                + event.level().name() + " " + event.type().name();
    }

    static String describeGoldEvent(JsonNode gold) {
        return GoldArticle.sides(gold).stream().sorted().toList() + " " + gold.path("status").asText() + " " + gold.path("level").asText("-");
    }

    static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 90 ? flat : flat.substring(0, 87) + "...";
    }

    @Override
    public String toString() {
        return details.toString();
    }
}
