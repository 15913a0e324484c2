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

  /** Every function of the company. Shares are relative weights of the call count. */
  static final List<FunctionSpec> FUNCTIONS =
      List.of(
          new FunctionSpec("support-chat", "support", "azure_openai", "gpt-4o", "support-gpt4o-prod",
              ApiShape.CHAT, SP + "asgeirtj__raycast-ai.md", Conversation.MULTI_TURN,
              CacheMode.OPENAI_AUTO, 800, 0, 0.12, Arrival.INTERACTIVE, LogSource.APP,
              "azure-conv"),
          new FunctionSpec("ticket-summary", "support", "anthropic", "claude-haiku-4-5", null,
              ApiShape.ANTHROPIC, SP + "asgeirtj__anthropic-official-2024-07-12-claude-haiku-3.md",
              Conversation.SINGLE_PROMPT, CacheMode.NONE, 400, 1, 0.06, Arrival.NIGHTLY,
              LogSource.APP, "azure-conv"),
          new FunctionSpec("code-assistant", "platform", "openai", "gpt-4.1", null, ApiShape.RESPONSES,
              SP + "asgeirtj__microsoft-vscode-copilot-agent.md", Conversation.CODING,
              CacheMode.OPENAI_AUTO, 4096, 0, 0.18, Arrival.INTERACTIVE, LogSource.APP,
              "azure-code"),
          new FunctionSpec("contract-review", "legal", "anthropic", "claude-sonnet-4-5-20250929", null,
              ApiShape.ANTHROPIC,
              SP + "asgeirtj__anthropic-official-2025-11-19-claude-sonnet-4.5.md",
              Conversation.SINGLE_PROMPT, CacheMode.ANTHROPIC_SYSTEM, 2048, 0, 0.07,
              Arrival.INTERACTIVE, LogSource.APP, "azure-conv"),
          new FunctionSpec("invoice-extraction", "finance", "openai", "gpt-4o-mini", null, ApiShape.CHAT,
              SP + "asgeirtj__deepseek-chat.md", Conversation.INVOICE, CacheMode.NONE, 1024,
              0.85, 0.12, Arrival.INTERACTIVE, LogSource.APP, "azure-code"),
          new FunctionSpec("seo-writer", "growth", "google", "gemini-2.5-flash", null, ApiShape.GEMINI,
              SP + "asgeirtj__google-gemini-2.5-pro-api.md", Conversation.SINGLE_PROMPT,
              CacheMode.NONE, 8192, 0, 0.09, Arrival.INTERACTIVE, LogSource.GATEWAY,
              "mooncake-conversation"),
          new FunctionSpec("translate", "growth", "mistral", "mistral-large-2411", null, ApiShape.CHAT,
              SP + "louisshark__gpts-6ZtBUGAni.md", Conversation.SINGLE_PROMPT, CacheMode.NONE,
              2048, 0, 0.001, Arrival.INTERACTIVE, LogSource.GATEWAY, "azure-conv"),
          new FunctionSpec("eval-judge", "research", "openai", "gpt-5-mini", null, ApiShape.CHAT,
              JUDGE_PROMPT, Conversation.JUDGE, CacheMode.NONE, 2048, 0, 0.09,
              Arrival.INTERACTIVE, LogSource.GATEWAY, "azure-code"),
          new FunctionSpec("math-solver", "research", "openai", "o4-mini", null, ApiShape.RESPONSES,
              SP + "asgeirtj__openai-o3-medium-api.md", Conversation.MATH, CacheMode.NONE,
              16000, 0, 0.05, Arrival.INTERACTIVE, LogSource.GATEWAY, "mooncake-conversation"),
          new FunctionSpec("deep-research", "research", "openai", "o3", null, ApiShape.RESPONSES,
              SP + "asgeirtj__openai-o3-high-api.md", Conversation.CODING, CacheMode.NONE,
              32000, 0, 0.015, Arrival.INTERACTIVE, LogSource.GATEWAY, "mooncake-conversation"),
          new FunctionSpec("doc-qa", "research", "google", "gemini-2.5-pro", null, ApiShape.GEMINI,
              SP + "asgeirtj__google-notebooklm-chat.md", Conversation.SINGLE_PROMPT,
              CacheMode.NONE, 8192, 0, 0.03, Arrival.INTERACTIVE, LogSource.GATEWAY,
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
