package io.llmspend.core.tokenize;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalizes model names as logged into the names our encoding table speaks.
 *
 * <p>Rules, in order: trim and lower-case; drop a provider prefix ({@code openai/}, {@code azure/},
 * {@code azure_openai/}); a fine-tune name {@code ft:BASE:org::id} or {@code ft:BASE:org:suffix:id}
 * becomes {@code BASE}; the Azure spelling {@code gpt-35} becomes {@code gpt-3.5}. {@link #base}
 * also drops a dated snapshot suffix ({@code -2024-08-06} or {@code -0613}).
 */
final class ModelNames {

  private static final List<String> PROVIDER_PREFIXES =
      List.of("openai/", "azure/", "azure_openai/");
  private static final Pattern SNAPSHOT = Pattern.compile("-(\\d{4}-\\d{2}-\\d{2}|\\d{4})$");

  private ModelNames() {}

  /** The canonical name, snapshot kept; {@code ""} for {@code null}. */
  static String canonical(String model) {
    String name = model == null ? "" : model.trim().toLowerCase(Locale.ROOT);
    for (String prefix : PROVIDER_PREFIXES) {
      if (name.startsWith(prefix)) {
        name = name.substring(prefix.length());
      }
    }
    if (name.startsWith("ft:")) {
      int end = name.indexOf(':', 3);
      name = end < 0 ? name.substring(3) : name.substring(3, end);
    }
    if (name.startsWith("gpt-35")) {
      name = "gpt-3.5" + name.substring("gpt-35".length());
    }
    return name;
  }

  /** The canonical name without a dated snapshot suffix. */
  static String base(String model) {
    return SNAPSHOT.matcher(canonical(model)).replaceFirst("");
  }
}
