package io.llmspend.sample;

/** Deterministic filler text for planted waste: about {@code words} words, seeded by a topic. */
final class WasteTexts {
  private static final String[] WORDS = {"review", "the", "policy", "section", "before", "each",
      "answer", "and", "cite", "its", "number", "when", "a", "rule", "applies", "to", "travel",
      "expenses", "contracts", "invoices", "or", "approvals", "keep", "replies", "short"};

  private WasteTexts() {}

  static String words(String topic, int words) {
    StringBuilder text = new StringBuilder(topic).append(':');
    long x = topic.hashCode() & 0xffffffffL;
    for (int i = 0; i < words; i++) {
      x = (x * 6364136223846793005L + 1442695040888963407L);
      text.append(' ').append(WORDS[(int) ((x >>> 33) % WORDS.length)]);
      if (i % 12 == 11) {
        text.append('.');
      }
    }
    return text.toString();
  }
}
