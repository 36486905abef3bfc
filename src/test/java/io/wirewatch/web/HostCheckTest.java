package io.wirewatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostCheckTest {
    @Test
    void boundToLoopbackItAnswersLoopbackNamesOnly() {
        HostCheck check = HostCheck.forBinding("127.0.0.1", List.of());
        assertThat(check.admits("localhost:8080")).isTrue();
        assertThat(check.admits("127.0.0.1")).isTrue();
        assertThat(check.admits("[::1]:8080")).isTrue();
        assertThat(check.admits("LOCALHOST.")).isTrue();
        assertThat(check.admits("rebound.attacker.example:8080")).isFalse();
        assertThat(check.admits("127.0.0.1.nip.io")).isFalse();
    }

    @Test
    void boundToANameItAnswersThatNameAndTheConfiguredOnes() {
        HostCheck check = HostCheck.forBinding("10.1.2.3", List.of("wirewatch.example.org"));
        assertThat(check.admits("10.1.2.3:8080")).isTrue();
        assertThat(check.admits("wirewatch.example.org")).isTrue();
        assertThat(check.admits("localhost")).isFalse();
        assertThat(check.admits("attacker.example")).isFalse();
    }

    @Test
    void boundToEveryInterfaceItAnswersAnyNameUnlessNamesAreConfigured() {
        assertThat(HostCheck.forBinding("0.0.0.0", List.of()).admits("extractor-2:8080")).isTrue();
        HostCheck named = HostCheck.forBinding("0.0.0.0", HostCheck.names("extractor-1, extractor-2"));
        assertThat(named.admits("extractor-2:8080")).isTrue();
        assertThat(named.admits("localhost:8080")).isTrue();
        assertThat(named.admits("attacker.example")).isFalse();
        assertThat(HostCheck.forBinding("127.0.0.1", List.of("*")).admits("anything")).isTrue();
    }
}
