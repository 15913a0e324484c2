package io.llmspend.examples.anthropic;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import io.llmspend.client.CallTracker;
import io.llmspend.client.anthropic.LlmSpendAnthropicInterceptor;

/** The official anthropic-java SDK with the llmspend interceptor. */
public final class AnthropicExample {
  private AnthropicExample() {}

  public static AnthropicClient client(String baseUrl, CallTracker tracker) {
    return AnthropicOkHttpClient.builder().baseUrl(baseUrl).apiKey("stub")
        .addInterceptor(new LlmSpendAnthropicInterceptor(tracker, c -> c.withTeam("legal")))
        .build();
  }
}
