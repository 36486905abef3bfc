package io.wirewatch.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.config.ConfigException;
import org.junit.jupiter.api.Test;

class BindCheckTest {
    @Test
    void beyondLoopbackWithoutATokenIsRefusedUnlessInsecureIsExplicit() {
        assertThatThrownBy(() -> BindCheck.check("the API", "0.0.0.0", false, false, "wirewatch.http.token"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("0.0.0.0").hasMessageContaining("wirewatch.http.token").hasMessageContaining("--insecure-no-auth");
        assertThatCode(() -> BindCheck.check("the API", "0.0.0.0", false, true, "t")).doesNotThrowAnyException();
        assertThatCode(() -> BindCheck.check("the API", "0.0.0.0", true, false, "t")).doesNotThrowAnyException();
    }

    @Test
    void loopbackNeedsNoToken() {
        assertThatCode(() -> BindCheck.check("the API", "127.0.0.1", false, false, "t")).doesNotThrowAnyException();
        assertThatCode(() -> BindCheck.check("the API", "localhost", false, false, "t")).doesNotThrowAnyException();
        assertThatCode(() -> BindCheck.check("the API", "::1", false, false, "t")).doesNotThrowAnyException();
    }
}
