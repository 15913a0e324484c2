package io.llmspend.batch.estimate;

import io.llmspend.batch.config.LlmSpendProperties;
import io.llmspend.core.InvalidInputException;
import io.llmspend.core.estimate.CostEstimator;
import io.llmspend.core.pricing.PricingProperties;
import io.llmspend.core.tokenize.TokenizeProperties;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.boot.env.PropertySourceLoader;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

/**
 * The {@code llmspend.tokenize}, {@code llmspend.pricing} and {@code llmspend.time-zone} settings of the nightly job, bound
 * from the bundled {@code application.yml} and an optional extra file (YAML or properties, as
 * {@code nightly --config}), without starting a Spring context.
 */
public final class EstimateSettings {
  private EstimateSettings() {}

  /**
   * @param config an extra configuration file over the defaults, or {@code null}
   * @throws InvalidInputException when the file cannot be read or a value is invalid
   */
  public static CostEstimator load(Path config) {
    Binder binder = binder(config);
    try {
      return CostEstimator.of(
          binder.bind("llmspend.tokenize", TokenizeProperties.class)
              .orElseGet(TokenizeProperties::defaults),
          binder.bindOrCreate("llmspend.pricing", PricingProperties.class));
    } catch (RuntimeException e) {
      throw invalid(config, e);
    }
  }

  /**
   * @param config an extra configuration file over the defaults, or {@code null}
   * @return {@code llmspend.time-zone}, the zone of calendar days and budget periods
   * @throws InvalidInputException when the file cannot be read or the zone is invalid
   */
  public static ZoneId timeZone(Path config) {
    try {
      return binder(config).bindOrCreate("llmspend", LlmSpendProperties.class).timeZone();
    } catch (RuntimeException e) {
      throw invalid(config, e);
    }
  }

  private static Binder binder(Path config) {
    try {
      List<PropertySource<?>> sources = new ArrayList<>();
      if (config != null) {
        PropertySourceLoader loader = config.toString().endsWith(".properties")
            ? new PropertiesPropertySourceLoader() : new YamlPropertySourceLoader();
        sources.addAll(loader.load("config", new FileSystemResource(config)));
      }
      sources.addAll(new YamlPropertySourceLoader().load("defaults",
          new ClassPathResource("application.yml")));
      return new Binder(ConfigurationPropertySources.from(sources));
    } catch (IOException | RuntimeException e) {
      throw invalid(config, e);
    }
  }

  private static InvalidInputException invalid(Path config, Exception e) {
    return new InvalidInputException("invalid configuration " + config + ": " + e.getMessage(),
        e);
  }
}
