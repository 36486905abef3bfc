package io.wirewatch.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading Phoenix actor lists and keeping only names, never titles. */
class PhoenixImportTest {
    private static final String ACTORS = """
            # a comment
            SOVIET_UNION
            +USSR
            \t[SUN]
            GEORGE_SHULTZ_  # CountryInfo.txt
            +SECRETARY_OF_STATE_GEORGE_P._SHULTZ
            +GEORGE_P._SHULTZ
            \t[USAELI 380101-820716]
            \t[USAGOV 820716-890120]
            RONALD_REAGAN_  # CountryInfo.txt
            +PRESIDENT_REAGAN
            +REAGAN_ADMINISTRATION
            \t[USAGOV 19810120-890120]
            VLADIMIR_PUTIN_
            \t[RUSGOV >080508]
            """;

    @Test
    void actorsWithTheirDatedCodes(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("actors.txt"), ACTORS);
        List<PhoenixDictionary.Entry> actors = PhoenixImport.actors(file);
        assertThat(actors).extracting(a -> a.names().get(0)).containsExactly("SOVIET_UNION", "GEORGE_SHULTZ_", "RONALD_REAGAN_", "VLADIMIR_PUTIN_");
        PhoenixDictionary.Code shultz = actors.get(1).codes().get(1);
        assertThat(shultz.country()).isEqualTo("USA");
        assertThat(shultz.start()).isEqualTo(LocalDate.of(1982, 7, 16));
        assertThat(shultz.end()).isEqualTo(LocalDate.of(1989, 1, 20));
        assertThat(actors.get(2).codes().get(0).start()).isEqualTo(LocalDate.of(1981, 1, 20));
        PhoenixDictionary.Code putin = actors.get(3).codes().get(0);
        assertThat(putin.start()).isEqualTo(LocalDate.of(2008, 5, 8));
        assertThat(putin.end()).isNull();
        assertThat(actors.get(0).codes().get(0).dated()).isFalse();
    }

    @Test
    void aliasesDropTitlesAndKeepTheNames(@TempDir Path dir) throws IOException {
        List<PhoenixDictionary.Entry> actors = PhoenixImport.actors(Files.writeString(dir.resolve("actors.txt"), ACTORS));
        Set<String> titles = Set.of("PRESIDENT", "SECRETARY");
        assertThat(PhoenixImport.aliases(actors.get(1), titles)).containsExactly("George Shultz", "George P. Shultz");
        assertThat(PhoenixImport.aliases(actors.get(2), titles)).containsExactly("Ronald Reagan", "Reagan");
    }

    @Test
    void namesCompareWithoutCaseAccentsOrPunctuation() {
        assertThat(PhoenixImport.key("George P. Shultz")).isEqualTo(PhoenixImport.key("GEORGE_P._SHULTZ_"));
        assertThat(PhoenixImport.key("Recep Tayyip Erdoğan")).isEqualTo(PhoenixImport.key("RECEP_TAYYIP_ERDOGAN"));
        assertThat(PhoenixDictionary.display("JAMES_A._BAKER")).isEqualTo("James A. Baker");
    }
}
