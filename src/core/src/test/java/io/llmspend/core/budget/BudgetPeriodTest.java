package io.llmspend.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Calendar periods: 2026-11-22 is a Sunday; 2028 is a leap year. */
class BudgetPeriodTest {

  @ParameterizedTest(name = "{0} of {1}, week from {2}, fiscal year from {3}")
  @CsvSource({
      "DAY,     2026-11-22, MONDAY, JANUARY, 2026-11-22, 2026-11-22",
      // Monday weeks: Sunday 22 is the last day of the week of Monday 16
      "WEEK,    2026-11-22, MONDAY, JANUARY, 2026-11-16, 2026-11-22",
      // Sunday weeks: Sunday 22 starts a week
      "WEEK,    2026-11-22, SUNDAY, JANUARY, 2026-11-22, 2026-11-28",
      "WEEK,    2026-11-21, SUNDAY, JANUARY, 2026-11-15, 2026-11-21",
      // a week across a year end: Thursday 2026-12-31 is in the week of Monday 28 December
      "WEEK,    2026-12-31, MONDAY, JANUARY, 2026-12-28, 2027-01-03",
      "MONTH,   2026-11-22, MONDAY, JANUARY, 2026-11-01, 2026-11-30",
      "MONTH,   2028-02-10, MONDAY, JANUARY, 2028-02-01, 2028-02-29",
      "QUARTER, 2026-11-22, MONDAY, JANUARY, 2026-10-01, 2026-12-31",
      // fiscal year from April: quarters Apr-Jun, Jul-Sep, Oct-Dec, Jan-Mar
      "QUARTER, 2026-03-31, MONDAY, APRIL,   2026-01-01, 2026-03-31",
      "QUARTER, 2026-04-01, MONDAY, APRIL,   2026-04-01, 2026-06-30",
      // fiscal year from February: Nov, Dec, Jan is one quarter
      "QUARTER, 2027-01-15, MONDAY, FEBRUARY, 2026-11-01, 2027-01-31"})
  void periodsHoldTheirDate(BudgetPeriod period, LocalDate date, DayOfWeek firstDay,
      Month fiscalStart, LocalDate start, LocalDate end) {
    assertThat(period.start(date, firstDay, fiscalStart)).isEqualTo(start);
    assertThat(period.end(start)).isEqualTo(end);
  }
}
