package io.llmspend.core.pricing;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The effective-dated price book, read once at start-up from {@code llmspend.pricing.price-book}
 * (default {@code classpath:prices/price-book.csv}) and validated; immutable and thread-safe.
 *
 * <p>Each model has one or more validity periods that never overlap; a call is priced at the
 * period in force on the UTC day of its timestamp.
 */
public final class PriceBook {

  private final Map<String, List<ModelPrice>> byModel;
  private final List<ToolFee> toolFees;
  private final String version;

  /**
   * @param prices validated rows, periods of one model not overlapping
   * @param version identifies the book's content (see {@link #version()})
   */
  PriceBook(List<ModelPrice> prices, String version) {
    this(prices, List.of(), version);
  }

  /**
   * @param toolFees validated per-request fees of server-side tools, periods not overlapping
   */
  PriceBook(List<ModelPrice> prices, List<ToolFee> toolFees, String version) {
    this.toolFees = List.copyOf(toolFees);
    this.byModel =
        prices.stream()
            .sorted(Comparator.comparing(ModelPrice::validFrom))
            .collect(
                Collectors.groupingBy(
                    ModelPrice::model, TreeMap::new, Collectors.toUnmodifiableList()));
    this.version = version;
  }

  /**
   * The rates of a model in force at an instant.
   *
   * @param model a base model name exactly as in the book (resolve aliases first)
   * @param at the call's timestamp; its UTC day is compared with valid_from / valid_to
   * @return the rates, or empty when the model is unknown or no period covers that day
   */
  public Optional<ModelPrice> find(String model, Instant at) {
    var day = at.atZone(ZoneOffset.UTC).toLocalDate();
    return byModel.getOrDefault(model, List.of()).stream()
        .filter(price -> price.inForceOn(day))
        .findFirst();
  }

  /**
   * The rates a call is billed at, by the rule {@link CallPricer} prices with: the model's period
   * in force on the UTC day of {@code at}, the tier its logged service tier and batch flag name
   * ({@code ServiceTier}), at long context or not.
   *
   * @param model a base model name exactly as in the book
   * @param serviceTier the logged service tier, or {@code null}
   * @return the rates (a class rate may be null: not offered), or empty when the model, period,
   *     tier or tier at long context has no price
   */
  public Optional<ModelPrice.Rates> rates(
      String model, Instant at, String serviceTier, boolean batch, boolean longContext) {
    ServiceTier tier;
    try {
      tier = ServiceTier.of(serviceTier, batch);
    } catch (NoRateException e) {
      return Optional.empty();
    }
    return find(model, at).flatMap(price -> price.rates(tier, longContext));
  }

  /** The first 12 hex digits of the SHA-256 of the book file's bytes, for reports. */
  public String version() {
    return version;
  }

  /** Every model name in the book (any period), sorted. */
  public SortedSet<String> models() {
    return new TreeSet<>(byModel.keySet());
  }

  /** All periods of a model, oldest first; empty when unknown. */
  public List<ModelPrice> periods(String model) {
    return byModel.getOrDefault(model, List.of());
  }

  boolean contains(String model) {
    return byModel.containsKey(model);
  }

  /**
   * The fee of a server-side tool in force at an instant: the row for the model, else the
   * provider's row for every model.
   *
   * @param provider the provider of the call's price-book row
   * @param model the call's price-book model
   * @param tool the tool as usage names it
   * @return the fee, or empty when the book has none (the call is then unpriced, never $0)
   */
  public Optional<ToolFee> toolFee(String provider, String model, String tool, Instant at) {
    var day = at.atZone(ZoneOffset.UTC).toLocalDate();
    Optional<ToolFee> forModel = toolFees.stream().filter(f -> f.provider().equals(provider)
        && f.tool().equals(tool) && model.equals(f.model()) && f.inForceOn(day)).findFirst();
    return forModel.isPresent() ? forModel : toolFees.stream().filter(f ->
        f.provider().equals(provider) && f.tool().equals(tool) && f.model() == null
            && f.inForceOn(day)).findFirst();
  }

  /** Every tool-fee row, as read. */
  public List<ToolFee> toolFees() {
    return toolFees;
  }
}
