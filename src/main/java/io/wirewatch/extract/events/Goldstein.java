package io.wirewatch.extract.events;

/** Goldstein values of the CAMEO codes Wirewatch emits (Goldstein 1992, as CAMEO tabulates them). */
final class Goldstein {
    private Goldstein() {
    }

    /** The code's value; 0 for a code not listed. */
    static double of(String cameo) {
        return switch (cameo) {
            case "036" -> 4.0;
            case "040", "041" -> 1.0;
            case "042" -> 1.9;
            case "043" -> 2.8;
            case "044" -> 2.5;
            case "045" -> 5.0;
            case "046" -> 3.5;
            case "057" -> 8.0;
            case "161" -> -4.0;
            case "164" -> -3.8;
            case "0311" -> 3.0;
            default -> 0.0;
        };
    }
}
