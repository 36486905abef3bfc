package io.wirewatch.extract.morph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordKeysTest {
    @Test
    void holdsTheNormalizedFormFirstThenItsLemmasOnceEach() {
        WordKeys keys = TokenKeys.ofText("Кремлём");

        assertThat(keys.get(0)).isEqualTo("кремлем");
        assertThat(keys).contains("кремль").doesNotHaveDuplicates();
        assertThat(keys.size()).isEqualTo(List.copyOf(keys).size());
        assertThat(keys.anyIn(Set.of("кремль", "москва"))).isTrue();
        assertThat(keys.anyIn(Set.of("москва"))).isFalse();
    }

    @Test
    void isASetLikeAnyOther() {
        WordKeys keys = WordKeys.of(List.of("talks", "talk", "talks"));

        assertThat(keys).containsExactly("talks", "talk");
        assertThat(keys).isEqualTo(Set.of("talk", "talks"));
        assertThat(keys.hashCode()).isEqualTo(Set.of("talk", "talks").hashCode());
        assertThat(keys.contains("talk")).isTrue();
        assertThat(keys.contains(null)).isFalse();
    }
}
