package io.llmspend.core.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.llmspend.core.InvalidInputException;
import io.llmspend.core.gateway.GatewayRecords;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one way YAML files are read: the rules every jobs/*.yml reader inherits. */
class YamlFilesTest {
  record Shape(String timeZone, BigDecimal limitUsd, List<Integer> thresholds) {}

  @Test
  void keysAreKebabCaseAndDecimalsExact(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a.yml"),
        "time-zone: Europe/Berlin\nlimit-usd: 0.1\nthresholds: [50, 80]\n");

    // 0.1 as a double would be 0.1000000000000000055511151231257827...
    assertThat(YamlFiles.read(file, Shape.class)).isEqualTo(
        new Shape("Europe/Berlin", new BigDecimal("0.1"), List.of(50, 80)));
  }

  @Test
  void anUnknownKeyIsRefused(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a.yml"), "time-zone: UTC\nlimit-usb: 5\n");

    assertThatThrownBy(() -> YamlFiles.read(file, Shape.class))
        .isInstanceOfSatisfying(UnrecognizedPropertyException.class, e -> {
          assertThat(e.getPropertyName()).isEqualTo("limit-usb");
          assertThat(YamlFiles.reason(e)).startsWith("Unrecognized field \"limit-usb\"");
        });
  }

  @Test
  void aFractionIsNeverTruncatedToAnInteger(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("a.yml"), "thresholds: [50.5]\n");

    assertThatThrownBy(() -> YamlFiles.read(file, Shape.class))
        .hasMessageContaining("50.5");
  }

  @Test
  void aFileWithNothingInItIsNull(@TempDir Path dir) throws Exception {
    assertThat(YamlFiles.read(Files.writeString(dir.resolve("a.yml"), ""), Shape.class))
        .isNull();
    assertThat(YamlFiles.read(Files.writeString(dir.resolve("b.yml"), "# no rules yet\n"),
        Shape.class)).isNull();
  }

  @Test
  void csvMappingsRefuseAMisspeltKeyLikeEveryOtherFile(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("m.yml"), "csv-mapping:\n  - name: x\n");

    assertThatThrownBy(() -> GatewayRecords.read(file)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("csv-mapping");
  }
}
