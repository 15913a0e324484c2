package io.llmspend.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.llmspend.core.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The guard's budgets file, named by the application: a missing one is an error, not zero budgets. */
class GuardConfigTest {
  @TempDir Path work;

  @Test
  void aMissingBudgetsFileFailsTheBuilder() {
    // it built a guard with no budgets at all: a mistyped path enforced nothing, silently
    Path missing = work.resolve("budgtes.yml");
    assertThatThrownBy(() -> GuardConfig.builder().budgetsFile(missing))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("budgets file not found: " + missing.toAbsolutePath());
  }

  @Test
  void anExistingBudgetsFileGivesItsBudgets() throws Exception {
    Path file = Files.writeString(work.resolve("budgets.yml"), """
        budgets:
          - name: all-daily
            scope: global
            period: day
            limit-usd: 2.50
        """);
    GuardConfig config = GuardConfig.builder().budgetsFile(file).build();
    assertThat(config.budgets()).singleElement()
        .satisfies(b -> assertThat(b.name()).isEqualTo("all-daily"));
  }
}
