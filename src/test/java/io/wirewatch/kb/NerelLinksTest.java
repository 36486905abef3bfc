package io.wirewatch.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading NEREL's Wikidata links from brat files, checking documents left out. */
class NerelLinksTest {
    private static final String ANN = String.join("\n",
            "T1\tCOUNTRY 0 8\tКиргизии",
            "T2\tCITY 10 17\tБишкеке",
            "T3\tPERSON 20 35\tБоб Дилан",
            "T4\tORGANIZATION 40 43\tМВД",
            "N1\tReference T1 Wikidata:Q813\tКиргизия",
            "N2\tReference T2 Wikidata:NULL\tнет данных",
            "N3\tReference T3 Wikidata:Q392\tБоб Дилан",
            "N4\tReference T3 Wikidata:Q640529\t",
            "N5\tReference T4 Wikidata:Q6589202\tминистерство внутренних дел",
            "R1\tWORKPLACE Arg1:T3 Arg2:T4");

    @Test
    void linksCarryTheMentionsTypeAndTextAndTheItemsLabel() {
        List<NerelLinks.Link> links = NerelLinks.parse("003", List.of(ANN.split("\n")));
        assertThat(links).containsExactly(
                new NerelLinks.Link("003", "Q813", "COUNTRY", "Киргизии", "Киргизия"),
                new NerelLinks.Link("003", "Q6589202", "ORGANIZATION", "МВД", "министерство внутренних дел"));
    }

    @Test
    void checkingDocumentsOfBothSplitsAreNeverRead(@TempDir Path dir) throws IOException {
        Path splits = Files.createDirectory(dir.resolve("splits"));
        Files.writeString(splits.resolve("nerel-train.tsv"), "doc\tpart\n003\ttuning\n022\tchecking\n013\ttuning\n");
        Files.writeString(splits.resolve("contact-gold.tsv"), "lang\tcorpus\tdoc\tpart\tnote\n"
                + "ru\tnerel-train\t013\tchecking\tnew\nru\tfactrueval-dev\tbook_1\tchecking\tnew\n");
        Path corpus = Files.createDirectory(dir.resolve("train"));
        for (String doc : List.of("003", "013", "022")) {
            Files.writeString(corpus.resolve(doc + ".ann"), ANN);
        }
        Set<String> checking = NerelLinks.checkingDocuments(splits);
        assertThat(checking).containsExactly("013", "022");
        assertThat(NerelLinks.read(corpus, checking)).extracting(NerelLinks.Link::doc).containsOnly("003");
    }
}
