package io.llmspend.client;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The most output tokens each price-book model can produce ({@code model-output-limits.csv}
 * beside this class, from the providers' model pages), which caps the configured default output
 * reservation of a request that sets none. Immutable.
 */
final class OutputLimits {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader()
      .setSkipHeaderRecord(true).get();
  private final Map<String, Long> limits;

  private OutputLimits(Map<String, Long> limits) {
    this.limits = Map.copyOf(limits);
  }

  static OutputLimits shipped() {
    try (Reader in = new InputStreamReader(
        OutputLimits.class.getResourceAsStream("model-output-limits.csv"),
        StandardCharsets.UTF_8)) {
      Map<String, Long> limits = new HashMap<>();
      for (CSVRecord row : FORMAT.parse(in)) {
        limits.put(row.get("model"), Long.parseLong(row.get("max_output_tokens")));
      }
      return new OutputLimits(limits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The output reservation of a request that sets no maximum: {@code defaultTokens}, at most
   * the model's own limit when it is known.
   *
   * @param priceModel the price-book model, or {@code null}
   */
  long reservation(String priceModel, long defaultTokens) {
    Long limit = priceModel == null ? null : limits.get(priceModel);
    return limit == null ? defaultTokens : Math.min(limit, defaultTokens);
  }
}
