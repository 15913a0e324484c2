package io.llmspend.batch.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class DetectPropertiesTest {

  @Test
  void bindsKebabCaseKeysAndKeepsTheDefaults() {
    var source = new MapConfigurationPropertySource(Map.of(
        "llmspend.detect.cache-lifetime-minutes", "60",
        "llmspend.detect.batch-functions[0]", "ticket-summary",
        "llmspend.detect.min-evidence-usd-per-month", "0.50"));
    DetectProperties p = new Binder(source).bind("llmspend.detect", DetectProperties.class)
        .get();
    assertThat(p.cacheLifetimeMinutes()).isEqualTo(60);
    assertThat(p.batchFunctions()).containsExactly("ticket-summary");
    assertThat(p.repeatWindowHours()).isEqualTo(24);
    assertThat(p.systemPromptMaxShare()).isEqualByComparingTo("0.5");
    assertThat(p.historyKeepTokens()).isEqualTo(2000);
    assertThat(p.minEvidenceUsdPerMonth()).isEqualByComparingTo("0.50");
    assertThat(p.minEvidenceCalls()).isEqualTo(20);
    assertThat(p.minEvidenceDays()).isEqualTo(2);
    assertThat(p.systemPromptTargetPercentile()).isEqualByComparingTo("0.75");
  }

  @Test
  void refusesAnUnknownCacheLifetimeAndSharesAboveOne() {
    assertThatThrownBy(() -> new DetectProperties(null, 10, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null))
        .hasMessageContaining("5 or 60");
    assertThatThrownBy(() -> new DetectProperties(null, null, null, new BigDecimal("1.5"), null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null))
        .hasMessageContaining("shares");
  }
}
