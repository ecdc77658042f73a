package org.marsad.localstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackOptionsTest {

    private static StackOptions withEnvironment(Map<String, String> environment) {
        return new StackOptions(Path.of("."), Path.of(".marsad"), false, false, false, environment);
    }

    @Test
    void runsOneNlpInstanceUnlessToldOtherwise() {
        assertThat(withEnvironment(Map.of()).nlpInstances()).isEqualTo(1);
        assertThat(withEnvironment(Map.of("MARSAD_NLP_INSTANCES", " ")).nlpInstances()).isEqualTo(1);
        assertThat(withEnvironment(Map.of("MARSAD_NLP_INSTANCES", "3")).nlpInstances()).isEqualTo(3);
    }

    @Test
    void refusesANumberOfNlpInstancesThatMakesNoSense() {
        for (String bad : new String[]{"0", "-2", "two"}) {
            assertThatThrownBy(() -> withEnvironment(Map.of("MARSAD_NLP_INSTANCES", bad)).nlpInstances())
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MARSAD_NLP_INSTANCES");
        }
    }
}
