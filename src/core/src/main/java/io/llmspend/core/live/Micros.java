package io.llmspend.core.live;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Money in Redis: whole micro-dollars (1 USD = 1,000,000), never floating point. Estimates round
 * up and limits down, so the guard errs on the side of the budget; actual costs round to the
 * nearest micro-dollar (half up), so a call's settled cost equals the nightly cost to the cent.
 */
public final class Micros {
  private static final int SCALE = 6;

  private Micros() {}

  public static long ceil(BigDecimal usd) {
    return usd.setScale(SCALE, RoundingMode.CEILING).unscaledValue().longValueExact();
  }

  public static long floor(BigDecimal usd) {
    return usd.setScale(SCALE, RoundingMode.FLOOR).unscaledValue().longValueExact();
  }

  public static long round(BigDecimal usd) {
    return usd.setScale(SCALE, RoundingMode.HALF_UP).unscaledValue().longValueExact();
  }

  /** USD with 6 decimals. */
  public static BigDecimal usd(long micros) {
    return BigDecimal.valueOf(micros, SCALE);
  }
}
