package io.llmspend.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.llmspend.core.InvalidInputException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code jobs/budgets.yml}: the shipped file, the edge fixture, and one file per fault. */
class BudgetFileTest {
  private static final Path FIXTURE = Path.of("src/test/resources/fixtures/budget-files");

  @Test
  void readsTheEdgeFixtureWithDefaults() {
    List<Budget> budgets = BudgetFile.read(FIXTURE.resolve("budgets.yml"));

    assertThat(budgets).extracting(Budget::name).containsExactly("tz-daily", "dst-daily",
        "eq-weekly", "over-weekly", "fc-monthly", "empty-monthly", "each-user-daily");
    Budget eq = budgets.get(2);
    assertThat(eq.line()).isEqualTo(12);
    assertThat(eq.scope()).isEqualTo(BudgetScope.USER);
    assertThat(eq.member()).isEqualTo("u-eq");
    assertThat(eq.limitUsd()).isEqualByComparingTo(new BigDecimal("2.00"));
    assertThat(eq.thresholds()).containsExactly(50, 80, 100);
    assertThat(eq.enforcement()).isEqualTo(Enforcement.SOFT);
    assertThat(budgets.get(3).enforcement()).isEqualTo(Enforcement.HARD);
    assertThat(budgets.get(6).member()).isEqualTo(Budget.EACH);
    assertThat(budgets.get(6).thresholds()).containsExactly(100);
  }

  @Test
  void readsTheShippedExamples() {
    List<Budget> budgets = BudgetFile.read(Path.of("..", "..", "jobs", "budgets.yml"));

    assertThat(budgets).hasSize(9);
    Budget global = budgets.get(0);
    assertThat(global.scope()).isEqualTo(BudgetScope.GLOBAL);
    assertThat(global.member()).isEqualTo(Budget.ALL);
    Budget tag = budgets.stream().filter(b -> b.scope() == BudgetScope.TAG).findFirst()
        .orElseThrow();
    assertThat(tag.tagKey()).isEqualTo("env");
    assertThat(tag.member()).isEqualTo("dev");
    assertThat(tag.memberLabel()).isEqualTo("env=dev");
  }

  @Test
  void aMissingFileMeansNoBudgets() {
    assertThat(BudgetFile.read(FIXTURE.resolve("no-such-file.yml"))).isEmpty();
  }

  @Test
  void aRequiredFileThatIsMissingFailsNamingIt() {
    // the guard and budget status are given the file by name: a typo must not mean "no budgets"
    Path missing = FIXTURE.resolve("no-such-file.yml");
    assertThatThrownBy(() -> BudgetFile.readRequired(missing))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("budgets file not found: " + missing.toAbsolutePath());
  }

  @Test
  void aRequiredFileThatExistsIsRead() {
    assertThat(BudgetFile.readRequired(FIXTURE.resolve("budgets.yml")))
        .isEqualTo(BudgetFile.read(FIXTURE.resolve("budgets.yml")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "unknown-scope.yml         | line 7: scope must be one of global, team, function, user,"
          + " model, api_key, tag: department",
      "negative-limit.yml        | line 2: limit-usd must be more than 0: -5",
      "missing-member.yml        | line 2: member is required for scope team",
      "descending-thresholds.yml | line 2: thresholds must be ascending and distinct: [80, 50]",
      "duplicate-name.yml        | line 6: duplicate budget name 'a' (first on line 2)",
      "unknown-field.yml         | line 2: unknown field 'limit' (fields: name, scope,",
      "unknown-period.yml        | line 2: period must be one of day, week, month, quarter:"
          + " fortnight",
      "tag-without-key.yml       | line 2: a tag budget's member is key=value or key=*: dev",
      "fractional-threshold.yml  | line 2: Cannot coerce Floating-point value (80.5)",
      "bad-syntax.yml            | line 7: while scanning a quoted scalar: found unexpected end"
          + " of stream",
      "unknown-enforcement.yml   | line 2: enforcement must be hard or soft: strict"})
  void anInvalidFileFailsWithItsLineAndReason(String file, String message) {
    assertThatThrownBy(() -> BudgetFile.read(FIXTURE.resolve("invalid").resolve(file)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("invalid budgets file " + FIXTURE.resolve("invalid")
            .resolve(file) + ", ")
        .hasMessageContaining(message);
  }
}
