package io.wirewatch.runtime;

import io.wirewatch.serde.CanonicalSchema;
import io.wirewatch.topology.WirewatchTopics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Writes each topic's contract self-contained (the types of {@code schemas/shared/} inlined, no
 * Java-only properties): exactly the text Wirewatch registers, one {@code <Record>.avsc} per
 * topic, for clients in other languages that cannot resolve {@code schemas/shared/} themselves.
 * The build runs it into {@code target/schemas/}.
 */
public final class ContractFiles {
    private ContractFiles() {
    }

    /** {@code args[0]}: the directory to write to. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ContractFiles OUTPUT_DIR");
        }
        write(Path.of(args[0]));
    }

    public static List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (Schema schema : WirewatchTopics.valueSchemas().values()) {
            Path file = dir.resolve(schema.getName() + ".avsc");
            // Byte for byte the registered text: some registries (Apicurio 2.6) match a lookup on
            // the exact text, so a pretty-printed copy would not be found.
            Files.writeString(file, CanonicalSchema.json(schema, false), StandardCharsets.UTF_8);
            written.add(file);
        }
        return written;
    }
}
