package io.wirewatch.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import io.wirewatch.serde.RegistryConfig;
import io.wirewatch.serde.SchemaRegistryClient;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real schema registry for the embedded default: Apicurio Registry from its distribution, run as
 * a child process on 127.0.0.1 with in-memory storage and global compatibility BACKWARD. Apicurio
 * 3.3.3 runs when a Java 21+ runtime is found (the given one, JAVA_HOME, /usr/lib/jvm/*), else
 * 2.6.13.Final on this Java 17. The system property {@code wirewatch.registry.version} forces one.
 * Its Confluent-compatible API is at {@link #url()}. Logs go to a file; the process stops on
 * {@link #close()}, at JVM exit, and when this JVM dies.
 */
public final class EmbeddedRegistry implements AutoCloseable {
    public static final String VERSION_PROPERTY = "wirewatch.registry.version";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedRegistry.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final String SERVICE = "Schema registry";
    private static final int BIND_ATTEMPTS = 3;

    private final Process process;
    private final String version;
    private final int port;
    private final Path logFile;
    private final Thread shutdownHook;

    /**
     * @param port     port on 127.0.0.1, 0 for any free port
     * @param java     java executable to run the registry with, or null to pick one
     * @param version  Apicurio version to run, or null to pick by the Java found
     * @param cacheDir where distributions are unpacked, or null for ~/.cache/wirewatch
     */
    public record Settings(int port, Path java, String version, Path cacheDir) {
        public Settings(int port, Path java) {
            this(port, java, System.getProperty(VERSION_PROPERTY), null);
        }
    }

    private EmbeddedRegistry(Process process, String version, int port, Path logFile) {
        this.process = process;
        this.version = version;
        this.port = port;
        this.logFile = logFile;
        this.shutdownHook = new Thread(this::stopProcess, "wirewatch-registry-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public static EmbeddedRegistry start(Settings settings) {
        RegistryChoice choice = RegistryChoice.of(settings.version(), settings.java());
        Path cache = settings.cacheDir() != null ? settings.cacheDir() : defaultCacheDir();
        Path home = RegistryDistribution.unpacked(choice.version(), cache);
        for (int attempt = 1; ; attempt++) {
            int port = Ports.claim(SERVICE, settings.port());
            try {
                return launch(choice, home, cache, port);
            } catch (PortTakenException e) {
                // A free port we picked was taken (say, by an outgoing connection) before the registry bound it.
                if (settings.port() != 0 || attempt == BIND_ATTEMPTS) {
                    throw new PortInUseException(SERVICE, port, e);
                }
                log.info("port {} was taken before the registry bound it; trying another", port);
            }
        }
    }

    private static EmbeddedRegistry launch(RegistryChoice choice, Path home, Path cache, int port) {
        Path logFile = logFile(cache, port);
        List<String> command = RegistryLauncher.command(choice.version(), home, choice.java(), port);
        Process process;
        try {
            process = new ProcessBuilder(command).directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the schema registry with " + choice.java().java(), e);
        }
        EmbeddedRegistry registry = new EmbeddedRegistry(process, choice.version(), port, logFile);
        try {
            registry.awaitReady();
            new SchemaRegistryClient(Map.of(RegistryConfig.SCHEMA_REGISTRY_URL_CONFIG, registry.url()))
                    .setGlobalCompatibility("BACKWARD");
        } catch (RuntimeException e) {
            registry.close();
            throw e;
        }
        log.info("schema registry Apicurio {} on {} (Java {}), log {}", choice.version(), registry.url(),
                choice.java().version(), logFile);
        return registry;
    }

    /** The registry exited because its port was in use. */
    private static final class PortTakenException extends IllegalStateException {
        PortTakenException(String message) {
            super(message);
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/subjects")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String problems = problems(logFile);
                String message = "the schema registry exited with code " + process.exitValue()
                        + " before it was ready; from " + logFile + ":\n" + problems;
                throw problems.contains("Address already in use") ? new PortTakenException(message)
                        : new IllegalStateException(message);
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                log.trace("registry not ready yet: {}", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the schema registry", e);
            }
            sleep(100);
        }
        throw new IllegalStateException("the schema registry did not answer on " + url() + " within "
                + READY_TIMEOUT.toSeconds() + " s; see " + logFile);
    }

    /** Base URL of the Confluent-compatible API, e.g. {@code http://127.0.0.1:8081/apis/ccompat/v7}. */
    public String url() {
        return url(port);
    }

    /** The Confluent-compatible API of an embedded registry on {@code port}. */
    public static String url(int port) {
        return "http://127.0.0.1:" + port + "/apis/ccompat/v7";
    }

    public String version() {
        return version;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return logFile;
    }

    /** The registry's process id (the JVM under the watchdog). */
    public long pid() {
        return process.children().findFirst().map(ProcessHandle::pid).orElse(process.pid());
    }

    @Override
    public void close() {
        stopProcess();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // Already running the hooks.
        }
    }

    private void stopProcess() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    static Path defaultCacheDir() {
        String custom = System.getenv("WIREWATCH_CACHE_DIR");
        return custom != null && !custom.isBlank() ? Path.of(custom)
                : Path.of(System.getProperty("user.home"), ".cache", "wirewatch");
    }

    private static Path logFile(Path cache, int port) {
        try {
            Path logs = Files.createDirectories(cache.resolve("logs"));
            return logs.resolve("apicurio-" + port + ".log");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the log directory under " + cache, e);
        }
    }

    /** The log's last lines that are not stack frames: the errors and their causes. */
    private static String problems(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank() && !line.matches("\\s+(at |\\.\\.\\. \\d+ more).*"))
                    .toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 10), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
