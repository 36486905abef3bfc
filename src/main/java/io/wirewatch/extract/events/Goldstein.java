package io.wirewatch.extract.events;

import java.util.Map;

/** Goldstein values of the CAMEO codes Wirewatch emits (Goldstein 1992, as CAMEO tabulates them). */
final class Goldstein {
    private static final Map<String, Double> VALUES = Map.ofEntries(
            Map.entry("036", 4.0), Map.entry("040", 1.0), Map.entry("041", 1.0), Map.entry("042", 1.9),
            Map.entry("043", 2.8), Map.entry("044", 2.5), Map.entry("045", 5.0), Map.entry("046", 3.5),
            Map.entry("057", 8.0), Map.entry("161", -4.0), Map.entry("164", -3.8), Map.entry("0311", 3.0));

    private Goldstein() {
    }

    static double of(String cameo) {
        return VALUES.getOrDefault(cameo, 0.0);
    }
}
