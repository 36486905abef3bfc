package io.wirewatch.embedded;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the command that runs Apicurio Registry as a child process, wrapped in a small shell
 * watchdog: if this JVM dies (even by kill -9) the watchdog notices within a second and stops the
 * registry; a SIGTERM to the watchdog stops it too.
 */
final class RegistryLauncher {
    static final String LEGACY_VERSION = "2.6.13.Final";
    static final String CURRENT_VERSION = "3.3.3";

    private RegistryLauncher() {
    }

    static List<String> command(String version, Path home, JavaRuntimes.Runtime java, int port) {
        List<String> jvm = new ArrayList<>(List.of(java.java().toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.non-application-root-path=/q",
                // Apicurio 3 opens a management interface (health, metrics) on 0.0.0.0:9000 by
                // default: keep it on loopback, on a port of its own, so several registries coexist.
                "-Dquarkus.management.host=127.0.0.1", "-Dquarkus.management.port=0"));
        if (java.version() >= 24) {
            jvm.add("--enable-native-access=ALL-UNNAMED");
            jvm.add("--sun-misc-unsafe-memory-access=allow");
        }
        jvm.add("-jar");
        jvm.add(home.resolve(runnerJar(version)).toString());
        return watchdog(jvm, ProcessHandle.current().pid());
    }

    static String runnerJar(String version) {
        return version.startsWith("2.") ? "apicurio-registry-app-" + version + "-runner.jar" : "quarkus-run.jar";
    }

    /** The minimum Java feature version a registry version runs on. */
    static int requiredJava(String version) {
        return version.startsWith("2.") ? 17 : 21;
    }

    private static List<String> watchdog(List<String> jvm, long parentPid) {
        String script = "\"$@\" & child=$!\n"
                + "trap 'kill $child 2>/dev/null; wait $child; exit 0' TERM INT HUP\n"
                + "while kill -0 " + parentPid + " 2>/dev/null && kill -0 $child 2>/dev/null; do sleep 1; done\n"
                + "kill $child 2>/dev/null; wait $child\n";
        List<String> command = new ArrayList<>(List.of("sh", "-c", script, "wirewatch-registry"));
        command.addAll(jvm);
        return command;
    }
}
