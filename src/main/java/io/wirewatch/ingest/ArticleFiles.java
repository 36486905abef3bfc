package io.wirewatch.ingest;

import io.wirewatch.extract.source.Article;
import io.wirewatch.extract.source.ArticleFormatException;
import io.wirewatch.extract.source.ArticleJsonParser;
import io.wirewatch.extract.source.ArticleJsonParser.Parsed;
import io.wirewatch.extract.source.ArticleTextParser;
import io.wirewatch.extract.source.DecodingException;
import io.wirewatch.extract.source.TextDecoder;
import io.wirewatch.extract.source.Utf8Bytes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads articles from files and directories: seed-format or plain text ({@code .txt} and anything
 * else), one JSON article or an array of them ({@code .json}, as {@code POST /ingest} takes) or JSON
 * lines ({@code .jsonl}, {@code .ndjson}). A
 * directory contributes its files (not its subdirectories, not hidden files), in name order. Every
 * problem (unreadable, binary, undecodable, empty, oversized, malformed) becomes a failed result
 * naming the file (and line) and the reason; the other inputs are still read.
 */
public final class ArticleFiles {
    /** Largest article accepted, in bytes of input. */
    public static final int MAX_ARTICLE_BYTES = 1024 * 1024;
    /** The reason given for an article over {@link #MAX_ARTICLE_BYTES}. */
    static final String TOO_LARGE = "article over " + MAX_ARTICLE_BYTES + " bytes of text (UTF-8)";
    private static final long MAX_LINES_FILE_BYTES = 256L * 1024 * 1024;

    private ArticleFiles() {
    }

    public static List<Parsed> read(List<Path> inputs) {
        List<Parsed> results = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                filesIn(input, results).forEach(file -> results.addAll(readFile(file)));
            } else {
                results.addAll(readFile(input));
            }
        }
        return results;
    }

    private static List<Path> filesIn(Path dir, List<Parsed> results) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            results.add(Parsed.failed(dir.toString(), "cannot list directory: " + e.getMessage()));
            return List.of();
        }
    }

    static List<Parsed> readFile(Path file) {
        String name = file.toString();
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean lines = lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
        boolean json = lower.endsWith(".json");
        try {
            long size = Files.size(file);
            if (size > (lines || json ? MAX_LINES_FILE_BYTES : MAX_ARTICLE_BYTES)) {
                return List.of(Parsed.failed(name, "too large (" + size + " bytes); an article may have at most "
                        + MAX_ARTICLE_BYTES + " bytes"));
            }
            String text = TextDecoder.decode(name, Files.readAllBytes(file), null);
            if (text.isBlank()) {
                return List.of(Parsed.failed(name, "empty: no article text"));
            }
            if (lines) {
                return ArticleJsonParser.parseLines(name, text).stream().map(ArticleFiles::limited).toList();
            }
            if (json) {
                return ArticleJsonParser.parseBatch(name, text).stream().map(ArticleFiles::limited).toList();
            }
            return List.of(limited(Parsed.ok(ArticleTextParser.parse(idFromFileName(file), text), name)));
        } catch (IOException e) {
            return List.of(Parsed.failed(name, "cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage()));
        } catch (DecodingException e) {
            return List.of(Parsed.failed(name, e.reason()));
        } catch (ArticleFormatException e) {
            return List.of(Parsed.failed(name, e.reason()));
        }
    }

    /** The parsed article, or a failure when it is too large ({@link #tooLarge}) or has no body. */
    static Parsed limited(Parsed parsed) {
        if (parsed.isOk() && tooLarge(parsed.article())) {
            return Parsed.failed(parsed.input(), TOO_LARGE);
        }
        if (parsed.isOk() && parsed.article().bodyText().isBlank()) {
            return Parsed.failed(parsed.input(), "empty: no article text");
        }
        return parsed;
    }

    /** Over {@link #MAX_ARTICLE_BYTES} bytes of text in UTF-8, the encoding it travels in. */
    static boolean tooLarge(Article article) {
        String text = article.text();
        return text.length() > MAX_ARTICLE_BYTES || Utf8Bytes.count(text) > MAX_ARTICLE_BYTES;
    }


    static String idFromFileName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
