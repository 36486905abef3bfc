package io.wirewatch.extract.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of UTF-8 text as hex, shortened: the basis of Wirewatch's content ids and fingerprints. */
public final class Sha256 {
    private Sha256() {
    }

    /** The first {@code bytes} bytes of SHA-256({@code text}), as {@code 2 * bytes} hex digits. */
    public static String hex(String text, int bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
