package io.llmspend.core.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pricing fingerprint a remote worker compares with the run's. Expected hashes from
 * {@code printf 'book\n' | sha256sum} (and 'aliases\n', 'fees\n', 'books\n'): the files' bytes
 * are hashed, never parsed, so any content will do.
 */
class PricingFingerprintTest {
  @TempDir Path dir;

  @Test
  void hashesTheFilesAndListsTheMappingsInKeyOrder() throws Exception {
    PricingProperties pricing = properties("book\n", Map.of("b-prod", "gpt-4o", "a-prod",
        "gpt-4o-mini"));

    assertThat(pricing.fingerprint()).isEqualTo("""
        price-book 3c4dbff9eeda9410a0b9eb423472981db8997d666388b4cd2424700c3974d64b
        aliases 0ba13117f7577c812bcf10355ca33f7bc72b63e154c62f9ca6466b73efda7164
        tool-fees 73c34b9052d67b0656aa696884c4ee4216bfa20891ca6de12fc85df3ce1100d8
        deployment a-prod gpt-4o-mini
        deployment b-prod gpt-4o
        """);
  }

  @Test
  void oneChangedByteInThePriceBookChangesIt() throws Exception {
    assertThat(properties("books\n", Map.of()).fingerprint()).startsWith(
        "price-book 1df870b16a16294a50d23bd91971eb20b73afe08e11c1f8c9ba97a795d7b17b5\n");
  }

  @Test
  void theSameContentElsewhereHasTheSameFingerprint() throws Exception {
    String here = properties("book\n", Map.of()).fingerprint();
    Path other = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(other.resolve("book.csv"), "book\n");
    PricingProperties moved = new PricingProperties("file:" + other.resolve("book.csv"),
        dir.resolve("aliases.csv").toString(), dir.resolve("fees.csv").toString(), null, null);

    assertThat(moved.fingerprint()).isEqualTo(here);
  }

  @Test
  void aMissingFileIsAPriceBookError() {
    PricingProperties missing = new PricingProperties(dir.resolve("none.csv").toString(), null,
        null, null, null);

    assertThatThrownBy(missing::fingerprint).isInstanceOf(PriceBookException.class)
        .hasMessageContaining("none.csv");
  }

  private PricingProperties properties(String book, Map<String, String> deployments)
      throws Exception {
    Files.writeString(dir.resolve("book.csv"), book);
    Files.writeString(dir.resolve("aliases.csv"), "aliases\n");
    Files.writeString(dir.resolve("fees.csv"), "fees\n");
    return new PricingProperties(dir.resolve("book.csv").toString(),
        dir.resolve("aliases.csv").toString(), dir.resolve("fees.csv").toString(), deployments,
        null);
  }
}
