package io.llmspend.core.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import io.llmspend.core.Hashes;
import io.llmspend.core.json.BadRecordException;
import org.junit.jupiter.api.Test;

/**
 * The split of each request shape, worked by hand. Token counts of the strings used (o200k_base,
 * checked against the golden-verified encoder): "system", "user", "assistant", "developer",
 * "model", "tool", "Hi", "Hello", "Thanks", "bob", "utc", "{}" = 1 each; "Be brief." = 3;
 * "get_time" = 2; "get_time:Get the time" = 5; "tz:string:Time zone" = 5;
 * {"name":"get_time","args":{}} = 10; {"name":"get_time","response":{"tz":"utc"}} = 12. Framing
 * (OpenAI cookbook): 3 per message, +1 per name, 3 reply priming; tools: func_init 7 (o200k),
 * prop_init 3, prop_key 3, enum_init -3, enum_item 3, func_end 12.
 */
class RequestSplitTest {
  // Prefix hashes (InputSplit.prefixHashOf) computed independently in Python:
  // sha256(system + "\0" + per tool: name "\1" description "\1" compact schema JSON "\2").

  static final String BE_BRIEF_SHA256 =
      "213c22ed7234eb11116e1e88f314c73cb3a019b5c87fe224b6ce5665bd9ec50e"; // sha256sum, printf

  private final TokenCounter counter = new TokenCounter(TokenizeProperties.defaults());

  @Test
  void splitsAnOpenAiChatCompletion() throws BadRecordException {
    String body =
        """
        {"model": "gpt-4o", "messages": [
          {"role": "system", "content": "Be brief."},
          {"role": "user", "content": "Hi"},
          {"role": "assistant", "content": null, "tool_calls": [{"id": "c1", "type": "function",
            "function": {"name": "get_time", "arguments": "{}"}}]},
          {"role": "tool", "tool_call_id": "c1", "content": "utc"},
          {"role": "user", "name": "bob", "content": [{"type": "text", "text": "Thanks"}]}],
         "tools": [{"type": "function", "function": {"name": "get_time",
          "description": "Get the time.", "parameters": {"type": "object", "properties": {
            "tz": {"type": "string", "description": "Time zone", "enum": ["utc"]}}}}}]}
        """;
    InputSplit split = count("openai", "gpt-4o", body);

    // system: 3 + system 1 + "Be brief." 3 = 7
    // history: user Hi (3+1+1=5) + assistant call (3+1+get_time 2+{} 1=7) + tool (3+1+1=5) = 17
    // user: 3 + user 1 + Thanks 1 + bob 1 + name 1 = 7, + priming 3 = 10
    // tools: 7 + 5 + prop_init 3 + prop_key 3 + enum_init -3 + (3 + utc 1) + 5 + func_end 12 = 36
    assertThat(split)
        .isEqualTo(
            new InputSplit("o200k_base", false, 7, 36, 17, 10, 70, BE_BRIEF_SHA256, "Be brief.", 1,
                "3daf0a5e3170bb9931f89048e7e366660c0eddf15ec0833059af4ee22f264d03"));
  }

  @Test
  void countsLegacyFunctionsWithTheCl100kPreamble() throws BadRecordException {
    String body =
        """
        {"messages": [{"role": "user", "content": "Hi"}],
         "functions": [{"name": "get_time", "description": "Get the time."}]}
        """;
    InputSplit split = count("openai", "gpt-4", body);

    // cl100k_base: "user", "Hi" = 1 each, "get_time:Get the time" = 5
    // user: 3 + 1 + 1 + priming 3 = 8; tools: func_init 10 + 5 + func_end 12 = 27
    assertThat(split).isEqualTo(new InputSplit("cl100k_base", false, 0, 27, 0, 8, 35, null, null, 1,
        "27122dd827a65c746e5a1465a7af09908beec505a63300b328f704f33d8e1780"));
  }

  @Test
  void splitsAnOpenAiResponsesRequest() throws BadRecordException {
    String body =
        """
        {"model": "gpt-4.1", "instructions": "Be brief.", "input": [
          {"role": "user", "content": [{"type": "input_text", "text": "Hi"}]},
          {"type": "function_call", "call_id": "c1", "name": "get_time", "arguments": "{}"},
          {"type": "function_call_output", "call_id": "c1", "output": "utc"},
          {"type": "reasoning", "id": "rs_1", "summary": []},
          {"role": "user", "content": "Thanks"}],
         "tools": [{"type": "function", "name": "get_time", "description": "Get the time.",
           "parameters": {"type": "object", "properties": {}}}, {"type": "web_search"}]}
        """;
    InputSplit split = count("openai", "gpt-4.1", body);

    // system (instructions): 3 + system 1 + 3 = 7
    // history: user Hi 5 + function_call (3 + 2 + 1 = 6) + output (3 + 1 = 4); reasoning 0 = 15
    // user: 3 + user 1 + Thanks 1 + priming 3 = 8
    // tools: 7 + 5 + (no properties) + 12 = 24; web_search has no name, not counted
    assertThat(split)
        .isEqualTo(
            new InputSplit("o200k_base", false, 7, 24, 15, 8, 54, BE_BRIEF_SHA256, "Be brief.", 1,
                "2babe397618708d54707c76fdee270145fed5901640afc2bb56683487a0880b3"));
  }

  @Test
  void countsAResponsesStringInputAsTheUserMessage() throws BadRecordException {
    // 3 + user 1 + Hello 1 + priming 3 = 8
    assertThat(count("openai", "o3", "{\"input\": \"Hello\"}"))
        .isEqualTo(new InputSplit("o200k_base", false, 0, 0, 0, 8, 8, null, null, 0, null));
  }

  @Test
  void estimatesAnAnthropicMessagesRequest() throws BadRecordException {
    String body =
        """
        {"model": "claude-sonnet-4-20250514", "max_tokens": 100,
         "system": [{"type": "text", "text": "Be brief."}, {"type": "text", "text": "Hello"}],
         "messages": [
           {"role": "user", "content": "Hi"},
           {"role": "assistant", "content": [{"type": "text", "text": "Hello"},
             {"type": "tool_use", "id": "t1", "name": "get_time", "input": {}}]},
           {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t1",
             "content": "utc"}]}],
         "tools": [{"name": "get_time", "description": "Get the time.", "input_schema": {
           "type": "object", "properties": {"tz": {"type": "string", "description": "Time zone"}}}}]}
        """;
    InputSplit split = count("anthropic", "claude-sonnet-4-20250514", body);

    // system: 3 + system 1 + "Be brief." 3 + Hello 1 = 8
    // history: user Hi 5 + assistant (3 + 1 + Hello 1 + get_time 2 + {} 1 = 8) = 13
    // user (the tool_result message is the last user message): 3 + 1 + utc 1 + priming 3 = 8
    // tools: 7 + 5 + prop_init 3 + prop_key 3 + 5 + func_end 12 = 35
    String system = "Be brief.\nHello";
    assertThat(split)
        .isEqualTo(
            new InputSplit("o200k_base", true, 8, 35, 13, 8, 64, Hashes.sha256Hex(system), system, 1,
                "1b0e0ef0737ba3cd999e8cebc3c4e8d9cd079cd91244b17e6adb07b936b004c3"));
    assertThat(split.systemPromptHash())
        .isEqualTo("29d892e5586d68d5603198d342ed426b20239993c7dfd9b65358131beda3997f");
  }

  @Test
  void estimatesAGeminiGenerateContentRequest() throws BadRecordException {
    String body =
        """
        {"systemInstruction": {"parts": [{"text": "Be brief."}]},
         "contents": [
           {"role": "user", "parts": [{"text": "Hi"}]},
           {"role": "model", "parts": [{"functionCall": {"name": "get_time", "args": {}}}]},
           {"role": "user", "parts": [{"functionResponse": {"name": "get_time",
             "response": {"tz": "utc"}}}]}],
         "tools": [{"functionDeclarations": [{"name": "get_time", "description": "Get the time."}]},
           {"googleSearch": {}}]}
        """;
    InputSplit split = count("google", "gemini-2.5-flash", body);

    // system: 3 + system 1 + "Be brief." 3 = 7
    // history: user Hi 5 + model (3 + model 1 + functionCall JSON 10 = 14) = 19
    // user: 3 + user 1 + functionResponse JSON 12 + priming 3 = 19
    // tools: 7 + 5 + 12 = 24; googleSearch is not a function
    assertThat(split)
        .isEqualTo(
            new InputSplit("o200k_base", true, 7, 24, 19, 19, 69, BE_BRIEF_SHA256, "Be brief.", 1,
                "483d648f20713822ef48a7647dc6eaee89d7c7726c6e4645ab6bc6f9544adaa9"));
  }

  @Test
  void letsTheProviderPickWhenTwoShapesClaimTheBody() throws BadRecordException {
    String body = "{\"system\": \"Be brief.\", \"contents\": [{\"parts\": [{\"text\": \"Hi\"}]}]}";

    // Gemini reads contents only: 3 + (no role) + Hi 1 + priming 3 = 7
    assertThat(count("google", "gemini-2.5-pro", body).totalTokens()).isEqualTo(7);
    // Messages reads system only: 3 + system 1 + 3 = 7, + priming 3 = 10
    assertThat(count("anthropic", "claude-opus-4", body).totalTokens()).isEqualTo(10);
  }

  private InputSplit count(String provider, String model, String body) throws BadRecordException {
    return counter.countRequest(provider, model, Goldens.json("inline body", body));
  }
}
