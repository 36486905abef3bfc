package io.wirewatch.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The embedded registry does not outlive a parent JVM that is killed (no shutdown hooks run). */
class RegistryParentDeathIT {
    @Test
    void theRegistryStopsWhenItsParentJvmIsKilled() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(),
                "-cp", System.getProperty("java.class.path")));
        for (String property : List.of("wirewatch.apicurio.dist.dir", EmbeddedRegistry.VERSION_PROPERTY)) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.add(Parent.class.getName());
        Process parent = new ProcessBuilder(command).redirectErrorStream(true).start();
        long registryPid = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("REGISTRY-PID ")) {
                    registryPid = Long.parseLong(line.substring("REGISTRY-PID ".length()).trim());
                    break;
                }
            }
            assertThat(registryPid).as("the child JVM started a registry").isPositive();
            Optional<ProcessHandle> registry = ProcessHandle.of(registryPid);
            assertThat(registry).isPresent();

            parent.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (registry.get().isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(registry.get().isAlive()).as("registry process " + registryPid + " after its parent was killed").isFalse();
        } finally {
            parent.destroyForcibly();
            if (registryPid > 0) {
                ProcessHandle.of(registryPid).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    /** The parent JVM: starts a registry, says its pid, then waits to be killed. */
    public static final class Parent {
        public static void main(String[] args) throws InterruptedException {
            EmbeddedRegistry registry = EmbeddedRegistry.start(new EmbeddedRegistry.Settings(0, null));
            System.out.println("REGISTRY-PID " + registry.pid());
            System.out.flush();
            Thread.sleep(120_000);
        }
    }
}
