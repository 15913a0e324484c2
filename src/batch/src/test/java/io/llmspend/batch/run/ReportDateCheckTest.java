package io.llmspend.batch.run;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** A nightly --date after today is refused; today, no date and the monthly job's date are not. */
class ReportDateCheckTest {
  // 2026-12-07T23:30Z is already 2026-12-08 in Berlin (UTC+1)
  private static final Clock BERLIN = Clock.fixed(Instant.parse("2026-12-07T23:30:00Z"),
      ZoneId.of("Europe/Berlin"));

  @Test
  void aNightlyDateAfterTodayInTheConfiguredZoneIsRefused() {
    assertThatThrownBy(() -> ReportDateCheck.check("nightly", date("2026-12-09"), BERLIN))
        .isInstanceOf(UsageException.class)
        .hasMessage("--date 2026-12-09 is in the future: today is 2026-12-08 in Europe/Berlin "
            + "(llmspend.time-zone); the report date must be today or earlier");
  }

  @Test
  void todayNoDateAndTheMonthlyJobsMonthEndAreAccepted() {
    assertThatCode(() -> ReportDateCheck.check("nightly", date("2026-12-08"), BERLIN))
        .doesNotThrowAnyException();
    assertThatCode(() -> ReportDateCheck.check("nightly", date(""), BERLIN))
        .doesNotThrowAnyException();
    assertThatCode(() -> ReportDateCheck.check("monthly", date("2026-12-31"), BERLIN))
        .doesNotThrowAnyException();
  }

  private static JobParameters date(String date) {
    return new JobParametersBuilder().addString("date", date).toJobParameters();
  }
}
