package io.wirewatch.extract.source;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Turns bytes into text without guessing into mojibake: a BOM decides (UTF-8, UTF-16); a declared
 * charset is used strictly; otherwise valid UTF-8 wins, then ICU's detector may pick windows-1251 or
 * KOI8-R when it is confident. Binary content and undecodable bytes are a {@link DecodingException}
 * naming the input and the reason.
 */
public final class TextDecoder {
    private static final Set<String> DETECTABLE = Set.of("windows-1251", "KOI8-R");
    private static final int MIN_CONFIDENCE = 30;

    private TextDecoder() {
    }

    /** Decodes {@code bytes} of {@code input} (a name for messages); {@code declared} may be null. */
    public static String decode(String input, byte[] bytes, String declared) {
        if (hasBom(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(input, bytes, 3, StandardCharsets.UTF_8);
        }
        if (hasBom(bytes, 0xFE, 0xFF) || hasBom(bytes, 0xFF, 0xFE)) {
            return strict(input, bytes, 0, StandardCharsets.UTF_16);
        }
        rejectBinary(input, bytes);
        if (declared != null && !declared.isBlank()) {
            return strict(input, bytes, 0, charset(input, declared));
        }
        try {
            return decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return detected(input, bytes, firstInvalidUtf8(bytes));
        }
    }

    private static String detected(String input, byte[] bytes, int badOffset) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true); // markup (feeds, HTML) says nothing about the charset
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            if (DETECTABLE.contains(match.getName()) && match.getConfidence() >= MIN_CONFIDENCE) {
                return strict(input, bytes, 0, Charset.forName(match.getName()));
            }
        }
        throw new DecodingException(input, "invalid UTF-8 at byte " + badOffset
                + " and not recognisably windows-1251 or KOI8-R; declare the encoding");
    }

    private static String strict(String input, byte[] bytes, int offset, Charset charset) {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new DecodingException(input, "not valid " + charset.name() + ": " + e.getMessage());
        }
    }

    private static void rejectBinary(String input, byte[] bytes) {
        int limit = Math.min(bytes.length, 8192);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                throw new DecodingException(input, "binary content (NUL byte at offset " + i + ")");
            }
        }
    }

    private static Charset charset(String input, String name) {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalArgumentException e) {
            throw new DecodingException(input, "unknown encoding '" + name + "'");
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean hasBom(byte[] bytes, int... bom) {
        if (bytes.length < bom.length) {
            return false;
        }
        for (int i = 0; i < bom.length; i++) {
            if ((bytes[i] & 0xFF) != bom[i]) {
                return false;
            }
        }
        return true;
    }

    /** Offset of the first byte that does not start a well-formed UTF-8 sequence (for messages). */
    static int firstInvalidUtf8(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int lead = bytes[i] & 0xFF;
            int continuation = lead < 0x80 ? 0 : lead >= 0xC2 && lead <= 0xDF ? 1
                    : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
            if (continuation < 0 || i + continuation >= bytes.length + (continuation == 0 ? 1 : 0)) {
                return i;
            }
            for (int k = 1; k <= continuation; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return i;
                }
            }
            i += continuation + 1;
        }
        return bytes.length;
    }
}
