package io.wirewatch.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * An Apicurio Registry distribution ({@code io.apicurio:apicurio-registry-app:<v>:tar.gz:all}, as
 * Maven Central serves it): found where the build put it, unpacked once into a cache directory.
 * The unpack goes to a temporary directory first and is renamed into place, so an interrupted
 * unpack never leaves a half-filled cache.
 */
final class RegistryDistribution {
    static final String DIST_DIR_PROPERTY = "wirewatch.apicurio.dist.dir";

    private RegistryDistribution() {
    }

    static String fileName(String version) {
        return "apicurio-registry-app-" + version + "-all.tar.gz";
    }

    /** The unpacked distribution of {@code version}, unpacking it into the cache when needed. */
    static Path unpacked(String version, Path cacheDir) {
        Path target = cacheDir.resolve("apicurio-" + version);
        if (Files.isDirectory(target)) {
            return target;
        }
        Path archive = locate(version);
        try {
            Files.createDirectories(cacheDir);
            Path staging = Files.createTempDirectory(cacheDir, "apicurio-" + version + ".unpacking-");
            untar(archive, staging);
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException raced) {
                Directories.deleteQuietly(staging);
                if (!Files.isDirectory(target)) {
                    throw raced;
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + archive + " into " + cacheDir, e);
        }
    }

    /** Where the tarball is: the build's copy, beside the running jar, or the local Maven repository. */
    static Path locate(String version) {
        List<Path> tried = new ArrayList<>();
        for (Path dir : searchDirs(version)) {
            Path candidate = dir.resolve(fileName(version));
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            tried.add(candidate);
        }
        throw new IllegalStateException("the Apicurio Registry " + version + " distribution is missing; "
                + "build the project (./mvnw -DskipTests package fetches it) or put " + fileName(version)
                + " in one of: " + tried);
    }

    private static List<Path> searchDirs(String version) {
        List<Path> dirs = new ArrayList<>();
        Optional.ofNullable(System.getProperty(DIST_DIR_PROPERTY)).map(Path::of).ifPresent(dirs::add);
        jarDir().ifPresent(dir -> dirs.add(dir.resolve("apicurio")));
        dirs.add(Path.of("target", "apicurio"));
        dirs.add(Path.of(System.getProperty("user.home"), ".m2", "repository", "io", "apicurio",
                "apicurio-registry-app", version));
        return dirs;
    }

    private static Optional<Path> jarDir() {
        try {
            Path location = Path.of(RegistryDistribution.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Optional.ofNullable(location.getParent());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void untar(Path archive, Path into) throws IOException {
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", into.toString())
                .redirectErrorStream(true).start();
        try {
            String output = new String(tar.getInputStream().readAllBytes());
            if (!tar.waitFor(5, TimeUnit.MINUTES) || tar.exitValue() != 0) {
                throw new IOException("tar failed on " + archive + ": " + output.strip());
            }
        } catch (InterruptedException e) {
            tar.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while unpacking " + archive, e);
        }
    }
}
