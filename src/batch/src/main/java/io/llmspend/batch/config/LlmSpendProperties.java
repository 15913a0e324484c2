package io.llmspend.batch.config;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings shared by every feature.
 *
 * @param timeZone the time zone of calendar days: a call belongs to the day of its timestamp in
 *     this zone (a call at 23:30 UTC belongs to the next day in UTC+1). Default UTC.
 */
@ConfigurationProperties(prefix = "llmspend")
public record LlmSpendProperties(ZoneId timeZone) {
  public LlmSpendProperties {
    timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
  }
}
