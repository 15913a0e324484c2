package io.llmspend.core.tokenize;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;

/**
 * The process's one JTokkit encoding registry. It is expensive (it loads every vocabulary), so it
 * is built once, when this class is first used, and shared. Thread-safe: the registry and its
 * encodings are immutable after construction.
 */
final class EncodingCatalog {

  private static final EncodingRegistry REGISTRY = Encodings.newDefaultEncodingRegistry();

  private EncodingCatalog() {}

  /**
   * @throws IllegalArgumentException if JTokkit does not know the encoding
   */
  static Encoding encoding(String name) {
    return REGISTRY
        .getEncoding(name)
        .orElseThrow(() -> new IllegalArgumentException("unknown encoding: " + name));
  }
}
