package io.llmspend.core.pricing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads {@code model-aliases.csv} (columns alias, model, note): exact alias to book model. */
final class ModelAliasesReader {

  static final List<String> COLUMNS = List.of("alias", "model", "note");

  private ModelAliasesReader() {}

  /**
   * @return alias to model, both lower case
   * @throws PriceBookException if the file is unreadable, an alias repeats, or a target model is
   *     not in the book
   */
  static Map<String, String> read(String location, PriceBook book) {
    CsvFile file = CsvFile.read(location);
    var aliases = new HashMap<String, String>();
    file.rows(
        COLUMNS,
        row -> {
          String alias = row.required("alias").toLowerCase(Locale.ROOT);
          String model = row.required("model").toLowerCase(Locale.ROOT);
          if (!book.contains(model)) {
            throw new IllegalArgumentException("alias " + alias + " points to " + model + ", which is not in the price book");
          }
          if (book.contains(alias)) {
            throw new IllegalArgumentException("alias " + alias + " is itself a price-book model");
          }
          if (aliases.putIfAbsent(alias, model) != null) {
            throw new IllegalArgumentException("duplicate alias " + alias);
          }
          return alias;
        });
    return Map.copyOf(aliases);
  }
}
