package io.wirewatch.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds Java runtimes on this machine: the one running now, {@code JAVA_HOME}, and those under
 * {@code /usr/lib/jvm}. A runtime's feature version comes from its {@code release} file.
 */
public final class JavaRuntimes {
    private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(1\\.)?(\\d+)");

    private JavaRuntimes() {
    }

    /** A java executable and its feature version (17, 21, 25...). */
    public record Runtime(Path java, int version) {
    }

    /** This JVM. */
    public static Runtime current() {
        return new Runtime(Path.of(System.getProperty("java.home"), "bin", "java"),
                java.lang.Runtime.version().feature());
    }

    /** The newest runtime of at least {@code minimum}, preferring JAVA_HOME and this JVM. */
    public static Optional<Runtime> atLeast(int minimum) {
        return candidates().filter(r -> r.version() >= minimum).findFirst();
    }

    /** The runtime whose java executable is given, with its version. */
    public static Runtime of(Path java) {
        Path home = java.toAbsolutePath().getParent().getParent();
        return new Runtime(java, versionOf(home).orElseThrow(() -> new IllegalArgumentException(
                "cannot tell the Java version of " + java + " (no release file in " + home + ")")));
    }

    private static Stream<Runtime> candidates() {
        Stream<Path> preferred = Stream.of(System.getenv("JAVA_HOME"), System.getProperty("java.home"))
                .filter(s -> s != null && !s.isBlank())
                .map(Path::of);
        List<Runtime> installed = installedUnder(Path.of("/usr/lib/jvm"));
        return Stream.concat(preferred.flatMap(home -> runtimeAt(home).stream()), installed.stream());
    }

    private static List<Runtime> installedUnder(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> homes = Files.list(root)) {
            return homes.flatMap(home -> runtimeAt(home).stream())
                    .sorted(Comparator.comparingInt(Runtime::version).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<Runtime> runtimeAt(Path home) {
        Path java = home.resolve("bin").resolve("java");
        if (!Files.isExecutable(java)) {
            return Optional.empty();
        }
        return versionOf(home).map(v -> new Runtime(java, v));
    }

    private static Optional<Integer> versionOf(Path home) {
        try {
            Matcher m = VERSION.matcher(Files.readString(home.resolve("release")));
            return m.find() ? Optional.of(Integer.parseInt(m.group(2))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
