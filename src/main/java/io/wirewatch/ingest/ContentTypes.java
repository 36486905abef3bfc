package io.wirewatch.ingest;

/** Reads HTTP {@code Content-Type} values. */
public final class ContentTypes {
    private ContentTypes() {
    }

    /** Whether the media type is {@code application/json}, whatever its parameters. */
    public static boolean isJson(String contentType) {
        return contentType != null && contentType.split(";", 2)[0].strip().equalsIgnoreCase("application/json");
    }

    /** The {@code charset} parameter ({@code text/xml; charset="windows-1251"} → windows-1251), or null. */
    public static String charset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String value = p.substring(8).replace("\"", "").strip();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }
}
