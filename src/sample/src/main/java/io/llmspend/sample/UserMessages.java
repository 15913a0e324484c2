package io.llmspend.sample;

import io.llmspend.sample.FunctionSpec.Conversation;
import io.llmspend.sample.SeedLibrary.JudgeCase;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Builds the user message of a single-turn call from the seeds. Invoices are synthetic (no public
 * invoice corpus with a permissive licence was at hand): a vendor, a number, lines and a total.
 */
final class UserMessages {
  private static final List<String> VENDORS = List.of("Nordwind Logistik GmbH",
      "Acme Office Supplies Ltd", "Bluepeak Cloud Services", "Cafe Lumen", "Orbital Print Co",
      "Helios Energy SARL", "Tandem Legal LLP", "Kite Travel BV");
  private static final List<String> ITEMS = List.of("Consulting hours", "Printer toner",
      "Cloud compute (vCPU-hours)", "Catering", "Freight Hamburg-Rotterdam", "Annual licence",
      "Travel expenses", "Electricity", "Legal review");

  private final SeedLibrary seeds;

  UserMessages(SeedLibrary seeds) {
    this.seeds = seeds;
  }

  /** The turns of a single-turn call of this conversation kind. */
  List<Turn> single(Conversation kind, Random random) {
    if (kind == Conversation.DOCUMENTS) {
      return List.of(documents(random));
    }
    String text = switch (kind) {
      case SINGLE_PROMPT -> pick(seeds.prompts, random);
      case CODING -> pick(seeds.coding, random);
      case MATH -> pick(seeds.math, random);
      case JUDGE -> judge(random);
      case INVOICE -> invoice(random);
      case LONG_CONTEXT, DOCUMENTS -> null;
      case MULTI_TURN -> throw new IllegalArgumentException("multi-turn is planned per session");
    };
    return text == null ? List.of() : List.of(new Turn("user", text));
  }

  /**
   * Retrieval-augmented question: two to four passages the search returned (OASST answers, each
   * its own part, unchanged, so a passage retrieved again is a text the re-count has seen), then
   * the question.
   */
  private Turn documents(Random random) {
    List<String> parts = new java.util.ArrayList<>();
    int passages = 2 + random.nextInt(3);
    for (int i = 0; i < passages; i++) {
      parts.add(pick(seeds.passages, random));
    }
    parts.add(pick(seeds.prompts, random));
    return new Turn("user", parts);
  }

  private String judge(Random random) {
    JudgeCase c = seeds.judgeCases.get(random.nextInt(seeds.judgeCases.size()));
    int a = random.nextInt(c.answers().size());
    int b = (a + 1 + random.nextInt(c.answers().size() - 1)) % c.answers().size();
    return seeds.judgeTemplate
        .replace("{question}", c.question())
        .replace("{answer_a}", c.answers().get(a))
        .replace("{answer_b}", c.answers().get(b));
  }

  private static String invoice(Random random) {
    StringBuilder text = new StringBuilder("Extract vendor, invoice_number, date, currency, line "
        + "items and total from this invoice. Answer with JSON only.\n\n");
    text.append("INVOICE ").append(String.format("INV-2026-%05d", random.nextInt(100_000)))
        .append("\nVendor: ").append(pick(VENDORS, random))
        .append(String.format("\nDate: 2026-%02d-%02d%n", 1 + random.nextInt(11),
            1 + random.nextInt(28)));
    int lines = 1 + random.nextInt(6);
    double total = 0;
    for (int i = 0; i < lines; i++) {
      double amount = Math.round(random.nextDouble() * 250_000) / 100.0;
      total += amount;
      text.append(String.format(Locale.ROOT, "%d. %s  %.2f EUR%n", i + 1, pick(ITEMS, random),
          amount));
    }
    return text.append(String.format(Locale.ROOT, "TOTAL DUE: %.2f EUR", total)).toString();
  }

  private static String pick(List<String> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }
}
