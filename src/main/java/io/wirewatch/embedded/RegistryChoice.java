package io.wirewatch.embedded;

import java.nio.file.Path;
import java.util.Optional;

/** Which Apicurio version runs, on which Java: 3.3.3 on Java 21+, else 2.6.13.Final on Java 17. */
record RegistryChoice(String version, JavaRuntimes.Runtime java) {

    static RegistryChoice of(String forcedVersion, Path forcedJava) {
        Optional<JavaRuntimes.Runtime> given = Optional.ofNullable(forcedJava).map(JavaRuntimes::of);
        if (forcedVersion != null && !forcedVersion.isBlank()) {
            int needed = RegistryLauncher.requiredJava(forcedVersion);
            JavaRuntimes.Runtime java = given.or(() -> needed <= JavaRuntimes.current().version()
                            ? Optional.of(JavaRuntimes.current()) : JavaRuntimes.atLeast(needed))
                    .orElseThrow(() -> new IllegalStateException("Apicurio " + forcedVersion + " needs Java "
                            + needed + "+ and none was found (JAVA_HOME, /usr/lib/jvm); pass one with --registry-java"));
            requireVersion(forcedVersion, java, needed);
            return new RegistryChoice(forcedVersion, java);
        }
        Optional<JavaRuntimes.Runtime> modern = given.filter(r -> r.version() >= 21).or(() -> given.isPresent()
                ? Optional.empty() : JavaRuntimes.atLeast(21));
        return modern.map(r -> new RegistryChoice(RegistryLauncher.CURRENT_VERSION, r))
                .orElseGet(() -> new RegistryChoice(RegistryLauncher.LEGACY_VERSION, given.orElse(JavaRuntimes.current())));
    }

    private static void requireVersion(String version, JavaRuntimes.Runtime java, int needed) {
        if (java.version() < needed) {
            throw new IllegalStateException("Apicurio " + version + " needs Java " + needed + "+, but "
                    + java.java() + " is Java " + java.version());
        }
    }
}
