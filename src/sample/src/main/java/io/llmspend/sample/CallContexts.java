package io.llmspend.sample;

import io.llmspend.sample.FunctionSpec.ApiShape;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The short per-call context a real application adds to the user's text: the customer's account
 * (support), the open file and selection (code-assistant), the contract and clause
 * (contract-review), the brief (seo-writer), the target language (translate), and so on. A few
 * dozen tokens, sent as its own message (Chat Completions, Responses) or as its own text part in
 * front of the first user message (Anthropic content block, Gemini part), so the long seed texts
 * stay unchanged and the nightly re-count, which counts part by part with a cache keyed by text,
 * tokenizes only this short text anew. Every context is drawn once per generation: two calls
 * carry the same request only when one is a planned repeat of the other. Not thread-safe.
 */
final class CallContexts {
  private static final List<String> PLANS = List.of("Starter (monthly)", "Business (annual)",
      "Business (monthly)", "Enterprise", "Free trial");
  private static final List<String> REGIONS = List.of("EU", "UK", "US-East", "US-West", "APAC");
  private static final List<String> FILES = List.of("src/main/java/com/acme/billing/%s.java",
      "services/checkout/%s.py", "web/src/components/%s.tsx", "cmd/ingest/%s.go",
      "infra/terraform/%s.tf", "scripts/%s.sh");
  private static final List<String> NAMES = List.of("InvoiceService", "retry_policy",
      "OrderTable", "main", "network", "backfill", "RateLimiter", "session_store", "Export");
  private static final List<String> COUNTERPARTIES = List.of("Nordwind Logistik GmbH",
      "Bluepeak Cloud Services", "Helios Energy SARL", "Kite Travel BV", "Orbital Print Co",
      "Tandem Analytics Inc", "Marlowe Facilities Ltd", "Sakura Components KK");
  private static final List<String> CONTRACTS = List.of("Master Services Agreement",
      "Data Processing Agreement", "Mutual NDA", "Reseller Agreement", "SaaS Subscription",
      "Statement of Work");
  private static final List<String> CLAUSES = List.of("Limitation of liability", "Indemnities",
      "Term and termination", "Data protection", "Payment terms", "Intellectual property",
      "Confidentiality", "Governing law");
  private static final List<String> AUDIENCES = List.of("small-business owners",
      "IT managers", "first-time buyers", "finance teams", "developers", "HR leads");
  private static final List<String> LANGUAGES = List.of("German (de-DE)", "French (fr-FR)",
      "Spanish (es-ES)", "Italian (it-IT)", "Dutch (nl-NL)", "Polish (pl-PL)",
      "Portuguese (pt-BR)", "Japanese (ja-JP)");
  private static final List<String> COURSES = List.of("MATH 121 Calculus I",
      "MATH 221 Linear Algebra", "STAT 200 Probability", "MATH 310 Number Theory",
      "CS 250 Discrete Mathematics");
  private static final List<String> CHANNELS = List.of("email", "chat", "phone", "web form");

  private final Set<String> used = new HashSet<>();

  /** A context for one call (or one session) of {@code spec}, never drawn before. */
  String next(FunctionSpec spec, Random random) {
    String context = draw(spec.name(), random);
    while (!used.add(context)) {
      context = draw(spec.name(), random);
    }
    return context;
  }

  /** The messages with the context in front: its own user message, or a first text part. */
  static List<Turn> prepend(FunctionSpec spec, String context, List<Turn> messages) {
    if (messages.isEmpty()) {
      return messages;
    }
    List<Turn> out = new ArrayList<>();
    if (spec.shape() == ApiShape.CHAT || spec.shape() == ApiShape.RESPONSES) {
      out.add(new Turn("user", context));
      out.addAll(messages);
    } else {
      out.add(messages.get(0).withFirstPart(context));
      out.addAll(messages.subList(1, messages.size()));
    }
    return out;
  }

  private static String draw(String function, Random r) {
    return switch (function) {
      case "support-chat" -> String.format(Locale.ROOT, "Customer context: account ACC-%06d, "
          + "plan %s, region %s, last order ORD-2026-%06d placed 2026-%02d-%02d, %d tickets in "
          + "the last 90 days.", r.nextInt(1_000_000), pick(PLANS, r), pick(REGIONS, r),
          r.nextInt(1_000_000), 9 + r.nextInt(3), 1 + r.nextInt(28), r.nextInt(5));
      case "ticket-summary" -> String.format(Locale.ROOT, "Ticket TCK-%07d, channel %s, "
          + "priority P%d, %d messages, customer ACC-%06d. Transcript follows.",
          r.nextInt(10_000_000), pick(CHANNELS, r), 1 + r.nextInt(4), 2 + r.nextInt(14),
          r.nextInt(1_000_000));
      case "code-assistant", "deep-research" -> code(function, r);
      case "contract-review" -> String.format(Locale.ROOT, "Contract CTR-2026-%05d (%s) with %s; "
          + "review clause %d.%d (%s); we are the %s.", r.nextInt(100_000), pick(CONTRACTS, r),
          pick(COUNTERPARTIES, r), 1 + r.nextInt(20), 1 + r.nextInt(9), pick(CLAUSES, r),
          r.nextBoolean() ? "customer" : "supplier");
      case "invoice-extraction" -> String.format(Locale.ROOT, "Upload UP-%07d from the "
          + "accounts-payable inbox, entity ACME-%s, page 1 of 1.", r.nextInt(10_000_000),
          pick(List.of("DE", "UK", "NL", "FR", "US"), r));
      case "seo-writer" -> String.format(Locale.ROOT, "Brief SEO-%05d: audience %s, about %,d "
          + "words, locale en-%s, internal links %d.", r.nextInt(100_000), pick(AUDIENCES, r),
          600 + 100 * r.nextInt(15), r.nextBoolean() ? "GB" : "US", r.nextInt(6));
      case "translate" -> String.format(Locale.ROOT, "Job TR-%06d: translate into %s, %s "
          + "register, keep product names in English.", r.nextInt(1_000_000),
          pick(LANGUAGES, r), r.nextBoolean() ? "formal" : "informal");
      case "eval-judge" -> String.format(Locale.ROOT, "Eval run ev-2026-11-%02d-%02d, pair %05d: "
          + "A = candidate ckpt-%04d, B = candidate ckpt-%04d, position order %s.",
          16 + r.nextInt(7), r.nextInt(24), r.nextInt(100_000), r.nextInt(10_000),
          r.nextInt(10_000), r.nextBoolean() ? "original" : "swapped");
      case "math-solver" -> String.format(Locale.ROOT, "Course %s, assignment %d, problem %d, "
          + "student S-%06d, attempt %d.", pick(COURSES, r), 1 + r.nextInt(12), 1 + r.nextInt(10),
          r.nextInt(1_000_000), 1 + r.nextInt(3));
      case "doc-qa" -> String.format(Locale.ROOT, "Question Q-%07d over workspace WS-%04d; "
          + "passages from documents %s, ranked by relevance.", r.nextInt(10_000_000),
          r.nextInt(10_000), documents(r));
      default -> String.format(Locale.ROOT, "Request REQ-%09d.", r.nextInt(1_000_000_000));
    };
  }

  private static String code(String function, Random r) {
    if (function.equals("deep-research")) {
      return String.format(Locale.ROOT, "Research brief RB-2026-%05d for team %s, depth %s, "
          + "due in %d days.", r.nextInt(100_000), pick(List.of("platform", "research", "growth",
          "legal"), r), r.nextBoolean() ? "thorough" : "overview", 1 + r.nextInt(10));
    }
    String file = String.format(pick(FILES, r), pick(NAMES, r));
    int line = 1 + r.nextInt(900);
    return String.format(Locale.ROOT, "Open file: %s, cursor at line %d, selection lines %d-%d, "
        + "branch feature/PLAT-%04d.", file, line, Math.max(1, line - r.nextInt(40)),
        line + r.nextInt(30), r.nextInt(10_000));
  }

  private static String documents(Random r) {
    StringBuilder ids = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      ids.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "DOC-%05d",
          r.nextInt(100_000)));
    }
    return ids.toString();
  }

  private static String pick(List<String> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }
}
