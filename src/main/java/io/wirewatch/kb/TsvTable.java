package io.wirewatch.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tab-separated data file (the knowledge base's, the event lexicons'): a header row naming the columns, then one row
 * per entry; blank lines and lines starting with {@code #} are skipped. A row with the wrong number
 * of columns is an error naming the file and line.
 */
public final class TsvTable {
    private final String name;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();

    /** One row; cells are trimmed, empty cells read as null. */
    public record Row(String file, int line, Map<String, Integer> columns, String[] cells) {
        public String get(String column) {
            Integer index = columns.get(column);
            if (index == null) {
                throw new KnowledgeBaseException(file + ": no column " + column);
            }
            String cell = cells[index].trim();
            return cell.isEmpty() ? null : cell;
        }

        public String require(String column) {
            String value = get(column);
            if (value == null) {
                throw new KnowledgeBaseException(file + ":" + line + ": " + column + " is required");
            }
            return value;
        }

        /** The canonical name (when given) followed by the aliases of the column, without repeats. */
        List<String> names(String canonical, String aliasColumn) {
            java.util.Set<String> names = new java.util.LinkedHashSet<>();
            if (canonical != null) {
                names.add(canonical);
            }
            names.addAll(list(aliasColumn));
            return List.copyOf(names);
        }

        /** A {@code |}-separated list; empty when the cell is. */
        List<String> list(String column) {
            String value = get(column);
            return value == null ? List.of() : Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }
    }

    private TsvTable(String name) {
        this.name = name;
    }

    public static TsvTable read(String resource) {
        InputStream in = TsvTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new KnowledgeBaseException("knowledge-base file " + resource + " is missing from the classpath");
        }
        TsvTable table = new TsvTable(resource);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                table.add(line, lineNumber);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return table;
    }

    private void add(String line, int lineNumber) {
        String[] cells = line.split("\t", -1);
        if (columns.isEmpty()) {
            for (int i = 0; i < cells.length; i++) {
                columns.put(cells[i].trim(), i);
            }
            return;
        }
        if (cells.length != columns.size()) {
            throw new KnowledgeBaseException(name + ":" + lineNumber + ": " + cells.length + " columns, expected "
                    + columns.size());
        }
        rows.add(new Row(name, lineNumber, columns, cells));
    }

    public List<Row> rows() {
        return rows;
    }
}
