package io.llmspend.batch.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Status and forecast arithmetic, worked by hand. November 2026: the 20th is a Friday; the 21st,
 * 22nd, 28th and 29th are weekend days; the 23rd to 27th and the 30th are weekdays.
 */
class BudgetEvaluatorTest {
  private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
  private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
  private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);
  private static final List<Integer> DEFAULT = List.of(50, 80, 100);

  private static BigDecimal usd(String amount) {
    return new BigDecimal(amount);
  }

  private static SpendInputs month(String limit, String spent, LocalDate windowStart,
      String weekdays, String weekend) {
    return new SpendInputs(FRIDAY, NOV_1, NOV_30, usd(limit), DEFAULT, usd(spent), windowStart,
        usd(weekdays), usd(weekend));
  }

  @Test
  void forecastsWeekdaysAndWeekendsAtTheirOwnRates() {
    // window Sat 14 .. Fri 20: 5 weekdays with $5.00 (rate 1.00), 2 weekend days with $1.00
    // (rate 0.50). After Friday 20: 6 weekdays and 4 weekend days:
    // 6.00 + 6 x 1.00 + 4 x 0.50 = 14.00; 14 / 12 = 1.1666666... -> 1.166667
    Evaluation e = BudgetEvaluator.evaluate(month("12", "6.00", LocalDate.of(2026, 11, 14),
        "5.00", "1.00"));

    assertThat(e.forecastUsd()).isEqualByComparingTo("14.00");
    assertThat(e.forecastPercent()).isEqualByComparingTo("1.166667");
    // cumulative: Sat 21 6.50, Sun 22 7.00, Mon 23 8, 24 9, 25 10, 26 11, Fri 27 12.00 (equal,
    // not above), Sat 28 12.50 > 12
    assertThat(e.projectedBreachDate()).isEqualTo(LocalDate.of(2026, 11, 28));
    assertThat(e.percentUsed()).isEqualByComparingTo("0.500000");
    assertThat(e.status()).isEqualTo("warning");
    assertThat(e.thresholdReached()).isEqualTo(50);
    assertThat(e.remainingUsd()).isEqualByComparingTo("6.00");
  }

  @Test
  void spendEqualToTheLimitIsAHundredPercentAndNotExceeded() {
    Evaluation e = BudgetEvaluator.evaluate(new SpendInputs(FRIDAY, FRIDAY, FRIDAY, usd("2.00"),
        DEFAULT, usd("2.000000000000"), FRIDAY, usd("2"), usd("0")));

    assertThat(e.status()).isEqualTo("warning");
    assertThat(e.thresholdReached()).isEqualTo(100);
    assertThat(e.percentUsed()).isEqualByComparingTo("1");
    assertThat(e.remainingUsd()).isEqualByComparingTo("0");
    assertThat(e.projectedBreachDate()).isNull();
  }

  @Test
  void oneCentAboveIsExceededAndHasNoProjectedBreach() {
    // 2.00 / 1.99 = 1.005025125... -> 1.005025
    Evaluation e = BudgetEvaluator.evaluate(month("1.99", "2.00", FRIDAY, "2.00", "0"));

    assertThat(e.status()).isEqualTo("exceeded");
    assertThat(e.percentUsed()).isEqualByComparingTo("1.005025");
    assertThat(e.remainingUsd()).isEqualByComparingTo("-0.01");
    assertThat(e.projectedBreachDate()).isNull();
  }

  @Test
  void anEmptyPeriodAndWindowForecastNothing() {
    Evaluation e = BudgetEvaluator.evaluate(month("10", "0", LocalDate.of(2026, 11, 14), "0",
        "0"));

    assertThat(e.status()).isEqualTo("ok");
    assertThat(e.thresholdReached()).isNull();
    assertThat(e.percentUsed()).isEqualByComparingTo("0");
    assertThat(e.forecastUsd()).isEqualByComparingTo("0");
    assertThat(e.projectedBreachDate()).isNull();
  }

  @Test
  void aWindowWithoutWeekendDaysUsesTheWeekdayRateForWeekends() {
    // window Mon 16 .. Fri 20 only: $10.00 over 5 weekdays = 2.00 a day, for all 10 days left:
    // 10.00 + 10 x 2.00 = 30.00; 30 / 40 = 0.75
    Evaluation e = BudgetEvaluator.evaluate(month("40", "10.00", LocalDate.of(2026, 11, 16),
        "10.00", "0"));

    assertThat(e.forecastUsd()).isEqualByComparingTo("30.00");
    assertThat(e.forecastPercent()).isEqualByComparingTo("0.75");
    assertThat(e.projectedBreachDate()).isNull();
  }

  @Test
  void ratesAreExactToTwelveDecimals() {
    // window Wed 18 .. Fri 20 = 3 weekdays with $1.00: 0.333333333333 a day (12 decimals,
    // half-even); no weekend day in the window, so weekends borrow it:
    // 1.00 + 10 days x 0.333333333333 = 1.00 + 3.33333333333 = 4.33333333333
    Evaluation e = BudgetEvaluator.evaluate(month("100", "1.00", LocalDate.of(2026, 11, 18),
        "1.00", "0"));

    assertThat(e.forecastUsd()).isEqualByComparingTo("4.33333333333");
  }
}
