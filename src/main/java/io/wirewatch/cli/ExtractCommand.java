package io.wirewatch.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.extract.Analysis;
import io.wirewatch.extract.ArticleAnalyzer;
import io.wirewatch.extract.source.ArticleJsonParser.Parsed;
import io.wirewatch.extract.link.LinkedEntity;
import io.wirewatch.ingest.ArticleFiles;
import io.wirewatch.ingest.RawArticles;
import io.wirewatch.serde.AvroJson;
import io.wirewatch.topology.Extraction;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirewatch extract FILE...}: the extraction library on files, without Kafka. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract entities (and, as they come, events and statements) from article files; no Kafka needed.",
                "Seed text format and plain text (.txt), JSON (.json), JSON lines (.jsonl, .ndjson).",
                "A bad file is reported and the rest still extracted; exit 1 if anything failed."})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Files, or directories of files.")
    List<Path> inputs;

    @Option(names = "--json", description = {"One JSON object per article per line: file, then the records the output topics",
            "carry for it (analyzed: AnalyzedArticle, events: ContactEvent, statements: Statement); offsets index analyzed.text,",
            "for a text file the file's decoded text."})
    boolean json;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        int failures = 0;
        for (Parsed parsed : ArticleFiles.read(inputs)) {
            if (!parsed.isOk()) {
                err.println("wirewatch: " + parsed.input() + ": " + parsed.error());
                failures++;
                continue;
            }
            Analysis analysis = analyzer.analyze(parsed.article());
            if (json) {
                out.println(json(parsed.input(), analysis));
            } else {
                printReadable(out, parsed.input(), analysis);
            }
            out.flush();
        }
        return failures == 0 ? 0 : 1;
    }

    /** The topics' records for the article (one mapping, {@link Extraction#of}), as JSON, with the file they came from. */
    static ObjectNode json(String file, Analysis analysis) {
        Instant now = Instant.now();
        Extraction records = Extraction.of(RawArticles.from(analysis.article(), file, now), analysis, now);
        ObjectNode line = JSON.createObjectNode();
        line.put("file", file);
        line.set("analyzed", AvroJson.toJson(records.analyzed()));
        line.set("events", AvroJson.toJson(records.events()));
        line.set("statements", AvroJson.toJson(records.statements()));
        return line;
    }

    private static void printReadable(PrintWriter out, String file, Analysis analysis) {
        out.printf("%s  [%s] %s%n", file, analysis.language(), analysis.article().headlineText());
        String text = analysis.article().text();
        for (LinkedEntity entity : analysis.entities()) {
            out.printf("  %-12s %-40s %-4s %s%n", entity.kind(), entity.nameEn(),
                    entity.country() == null ? "" : entity.country(),
                    String.join(", ", entity.mentions().stream().map(m -> m.of(text)).distinct().toList()));
        }
    }
}
