package io.llmspend.sample;

import io.llmspend.sample.FunctionSpec.ApiShape;
import io.llmspend.sample.FunctionSpec.Arrival;
import io.llmspend.sample.FunctionSpec.CacheMode;
import io.llmspend.sample.FunctionSpec.Conversation;
import io.llmspend.sample.FunctionSpec.LogSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The simulated company: its teams, users and the one table of functions. New planted waste (an
 * over-powered model, an over-reserved {@code max_tokens}, an uncached prefix) starts as a row or
 * a column here.
 */
final class Company {
  private static final String SP = "system-prompts/";
  static final String JUDGE_PROMPT = "judge:pair-v2";

  /**
   * Every function of the company. Shares are relative weights of the call count. System prompts
   * are written for the generator, one per function ({@code system-prompts/llmspend__<function>.md}),
   * except eval-judge's, FastChat's pair-v2 judge prompt.
   *
   * <p>Repeat rates, the share of a function's calls that send an earlier request again exactly
   * (same user, same messages, same day). MeanCache (Gill et al., arXiv:2403.02694) found about
   * 31% of user queries to LLM services similar to an earlier one; exact repeats are a part of
   * those, so people-facing functions get 15-22% and machine-driven ones about 0:
   * support-chat 18% (a customer re-sends a message or presses regenerate when the answer is slow
   * or unhelpful); ticket-summary 0 (the nightly batch summarises each ticket once);
   * code-assistant 20% (the editor re-sends the same file, selection and question on retry and
   * regenerate, the most retried of the tools); contract-review 15% (a lawyer re-runs a clause
   * review after a timeout or to show a colleague); invoice-extraction 2% (the same invoice
   * uploaded twice, the usual duplicate submission in accounts payable); seo-writer 22% (writers
   * regenerate a draft from the same brief until one reads well); translate 15% (the same text
   * sent again after an edit elsewhere); eval-judge 1% (a harness re-judges a pair only when a
   * run is restarted); math-solver 20% (students re-submit the same problem, often minutes
   * apart); deep-research 15% (a long run restarted after a failure or a closed tab); doc-qa 18%
   * (the same question over the same documents, asked again later in the day).
   */
  static final List<FunctionSpec> FUNCTIONS =
      List.of(
          new FunctionSpec("support-chat", "support", "azure_openai", "gpt-4o", "support-gpt4o-prod",
              ApiShape.CHAT, SP + "llmspend__support-chat.md", Conversation.MULTI_TURN,
              CacheMode.OPENAI_AUTO, 800, 0, 0.12, 0.18, Arrival.INTERACTIVE, LogSource.APP,
              "azure-conv"),
          new FunctionSpec("ticket-summary", "support", "anthropic", "claude-haiku-4-5", null,
              ApiShape.ANTHROPIC, SP + "llmspend__ticket-summary.md",
              Conversation.SINGLE_PROMPT, CacheMode.NONE, 400, 1, 0.06, 0.0, Arrival.NIGHTLY,
              LogSource.APP, "azure-conv"),
          new FunctionSpec("code-assistant", "platform", "openai", "gpt-4.1", null, ApiShape.RESPONSES,
              SP + "llmspend__code-assistant.md", Conversation.CODING,
              CacheMode.OPENAI_AUTO, 4096, 0, 0.18, 0.20, Arrival.INTERACTIVE, LogSource.APP,
              "azure-code"),
          new FunctionSpec("contract-review", "legal", "anthropic", "claude-sonnet-4-5-20250929", null,
              ApiShape.ANTHROPIC,
              SP + "llmspend__contract-review.md",
              Conversation.SINGLE_PROMPT, CacheMode.ANTHROPIC_SYSTEM, 2048, 0, 0.07, 0.15,
              Arrival.INTERACTIVE, LogSource.APP, "azure-conv"),
          new FunctionSpec("invoice-extraction", "finance", "openai", "gpt-4o-mini", null, ApiShape.CHAT,
              SP + "llmspend__invoice-extraction.md", Conversation.INVOICE, CacheMode.NONE, 1024,
              0.85, 0.12, 0.02, Arrival.INTERACTIVE, LogSource.APP, "azure-code"),
          new FunctionSpec("seo-writer", "growth", "google", "gemini-2.5-flash", null, ApiShape.GEMINI,
              SP + "llmspend__seo-writer.md", Conversation.SINGLE_PROMPT,
              CacheMode.NONE, 8192, 0, 0.09, 0.22, Arrival.INTERACTIVE, LogSource.GATEWAY,
              "mooncake-conversation"),
          new FunctionSpec("translate", "growth", "mistral", "mistral-large-2411", null, ApiShape.CHAT,
              SP + "llmspend__translate.md", Conversation.SINGLE_PROMPT, CacheMode.NONE,
              2048, 0, 0.001, 0.15, Arrival.INTERACTIVE, LogSource.GATEWAY, "azure-conv"),
          new FunctionSpec("eval-judge", "research", "openai", "gpt-5-mini", null, ApiShape.CHAT,
              JUDGE_PROMPT, Conversation.JUDGE, CacheMode.NONE, 2048, 0, 0.09, 0.01,
              Arrival.INTERACTIVE, LogSource.GATEWAY, "azure-code"),
          new FunctionSpec("math-solver", "research", "openai", "o4-mini", null, ApiShape.RESPONSES,
              SP + "llmspend__math-solver.md", Conversation.MATH, CacheMode.NONE,
              16000, 0, 0.05, 0.20, Arrival.INTERACTIVE, LogSource.GATEWAY, "mooncake-conversation"),
          new FunctionSpec("deep-research", "research", "openai", "o3", null, ApiShape.RESPONSES,
              SP + "llmspend__deep-research.md", Conversation.CODING, CacheMode.NONE,
              32000, 0, 0.015, 0.15, Arrival.INTERACTIVE, LogSource.GATEWAY, "mooncake-conversation"),
          new FunctionSpec("doc-qa", "research", "google", "gemini-2.5-pro", null, ApiShape.GEMINI,
              SP + "llmspend__doc-qa.md", Conversation.DOCUMENTS,
              CacheMode.NONE, 8192, 0, 0.03, 0.18, Arrival.INTERACTIVE, LogSource.GATEWAY,
              "mooncake-conversation"));

  /** Human users per team; service accounts run the nightly functions. */
  static final Map<String, Integer> USERS_PER_TEAM =
      Map.of("support", 18, "platform", 14, "legal", 6, "finance", 4, "growth", 8, "research", 10);

  private static final List<String> TEAM_ORDER =
      List.of("support", "platform", "legal", "finance", "growth", "research");

  private Company() {}

  private static final Map<String, List<String>> USERS =
      TEAM_ORDER.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(t -> t,
          Company::numberUsers));

  /** The human users of a team, {@code u-0001} upwards, numbered in team order. */
  static List<String> usersOf(String team) {
    return USERS.get(team);
  }

  private static List<String> numberUsers(String team) {
    int first = 1;
    for (String t : TEAM_ORDER) {
      if (t.equals(team)) {
        break;
      }
      first += USERS_PER_TEAM.get(t);
    }
    List<String> users = new ArrayList<>();
    for (int i = 0; i < USERS_PER_TEAM.get(team); i++) {
      users.add(String.format("u-%04d", first + i));
    }
    return List.copyOf(users);
  }

  /** Team order used for files and user numbering. */
  static List<String> teams() {
    return TEAM_ORDER;
  }
}
