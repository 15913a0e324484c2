package io.llmspend.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SampleOptionsTest {
  private static final Path OUT = Path.of("out");

  @Test
  void defaultsStartOnMonday16November2026() {
    SampleOptions options = SampleOptions.of(10, 7, 1L, OUT);
    assertThat(options.startDate()).hasToString("2026-11-16");
    assertThat(options.malformedRate()).isEqualTo(0.0002);
  }

  @Test
  void rejectsOutOfRangeValues() {
    assertThatThrownBy(() -> SampleOptions.of(0, 7, 1L, OUT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("calls");
    assertThatThrownBy(() -> SampleOptions.of(10, 0, 1L, OUT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days");
    assertThatThrownBy(() -> new SampleOptions(10, 7, 1L, OUT, SampleOptions.DEFAULT_START, -0.1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformedRate");
    assertThatThrownBy(() -> new SampleOptions(10, 7, 1L, OUT, SampleOptions.DEFAULT_START,
        Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SampleOptions.of(10, 7, 1L, null))
        .isInstanceOf(NullPointerException.class);
  }
}
