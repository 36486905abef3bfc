package io.wirewatch.extract.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String RUSSIAN = "В Кремле подтвердили возобновление контактов с Францией на техническом уровне. "
            + "Пресс-секретарь президента сказал журналистам, что диалог может быть налажен.";

    @Test
    void utf8WithAndWithoutBom() {
        byte[] plain = RUSSIAN.getBytes(StandardCharsets.UTF_8);
        assertThat(TextDecoder.decode("a", plain, null)).isEqualTo(RUSSIAN);
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        assertThat(TextDecoder.decode("a", bom, null)).isEqualTo(RUSSIAN);
    }

    @Test
    void detectsWindows1251AndKoi8r() {
        assertThat(TextDecoder.decode("a", RUSSIAN.getBytes(Charset.forName("windows-1251")), null)).isEqualTo(RUSSIAN);
        assertThat(TextDecoder.decode("a", RUSSIAN.getBytes(Charset.forName("KOI8-R")), null)).isEqualTo(RUSSIAN);
    }

    @Test
    void aDeclaredCharsetIsUsed() {
        assertThat(TextDecoder.decode("a", RUSSIAN.getBytes(Charset.forName("KOI8-R")), "koi8-r")).isEqualTo(RUSSIAN);
    }

    @Test
    void binaryIsRejectedWithTheOffset() {
        assertThatThrownBy(() -> TextDecoder.decode("file.bin", new byte[] {1, 2, 0, 4}, null))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("file.bin").hasMessageContaining("binary").hasMessageContaining("offset 2");
    }

    @Test
    void brokenUtf8IsReportedNotGuessed() {
        byte[] bytes = "Hello world, this is fine until here: ".getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = (byte) 0xC3;
        broken[bytes.length + 1] = (byte) 0x28;
        assertThatThrownBy(() -> TextDecoder.decode("bad.txt", broken, null))
                .isInstanceOf(DecodingException.class)
                .hasMessageContaining("bad.txt").hasMessageContaining("invalid UTF-8 at byte " + bytes.length);
    }

    @Test
    void anUnknownDeclaredEncodingIsAClearError() {
        assertThatThrownBy(() -> TextDecoder.decode("a", new byte[] {65}, "no-such-charset"))
                .hasMessageContaining("unknown encoding");
    }
}
