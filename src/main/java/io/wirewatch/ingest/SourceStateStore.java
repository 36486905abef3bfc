package io.wirewatch.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.extract.source.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Keeps each source's {@link SourceState} as one JSON file in a directory (file name: a hash of
 * the source; the source itself is inside), written to a temporary file and moved into place so a
 * crash never leaves half a state. Without a directory ({@link #inMemory()}) state lives only as
 * long as the process, as for dry runs.
 */
public final class SourceStateStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path dir;
    private final java.util.Map<String, SourceState> loaded = new java.util.HashMap<>();

    private SourceStateStore(Path dir) {
        this.dir = dir;
    }

    public static SourceStateStore in(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the state directory " + dir + ": " + e.getMessage(), e);
        }
        return new SourceStateStore(dir);
    }

    public static SourceStateStore inMemory() {
        return new SourceStateStore(null);
    }

    /** The state of {@code source}: as last saved, or empty. A corrupt file is an error, not a reset. */
    public synchronized SourceState load(String source) {
        SourceState cached = loaded.get(source);
        if (cached != null) {
            return cached;
        }
        SourceState state = new SourceState();
        Path file = fileOf(source);
        if (file != null && Files.exists(file)) {
            try {
                JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
                state.validators(text(node, "etag"), text(node, "lastModified"));
                node.path("seen").fields().forEachRemaining(e -> state.markDelivered(e.getKey(), e.getValue().asText()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the ingest state " + file + " (delete it to start afresh; "
                        + "already sent articles would then be sent again): " + e.getMessage(), e);
            }
        }
        loaded.put(source, state);
        return state;
    }

    public synchronized void save(String source, SourceState state) {
        Path file = fileOf(source);
        if (file == null) {
            return;
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("source", source);
        node.put("etag", state.etag());
        node.put("lastModified", state.lastModified());
        ObjectNode seen = node.putObject("seen");
        state.seen().forEach(seen::put);
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(temp, JSON.writeValueAsString(node), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ingest state " + file + ": " + e.getMessage(), e);
        }
    }

    private Path fileOf(String source) {
        if (dir == null) {
            return null;
        }
        return dir.resolve(Sha256.hex(source, 12) + ".json");
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
