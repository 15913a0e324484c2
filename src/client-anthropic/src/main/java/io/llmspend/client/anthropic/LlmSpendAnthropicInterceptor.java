package io.llmspend.client.anthropic;

import com.anthropic.core.RequestOptions;
import com.anthropic.core.http.HttpClient;
import com.anthropic.core.http.HttpRequest;
import com.anthropic.core.http.HttpResponse;
import com.anthropic.core.http.Interceptor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.client.CallInfo;
import io.llmspend.client.CallTracker;
import io.llmspend.client.LlmFunctions;
import io.llmspend.client.TrackedCall;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;

/**
 * An anthropic-java {@link Interceptor} that tracks every Messages call ({@code POST
 * /v1/messages}) through a {@link CallTracker}: the request body is read and reserved on the live
 * budgets before it is sent (a hard budget refuses with {@link
 * io.llmspend.client.BudgetExceededException}, nothing sent); the response is settled from its
 * {@code usage} and recorded; a stream is read as the application reads it and settled from its
 * {@code message_delta} usage, or, cut short, from the re-count of what was received.
 *
 * <pre>{@code
 * AnthropicClient client = AnthropicOkHttpClient.builder().fromEnv()
 *     .addInterceptor(new LlmSpendAnthropicInterceptor(tracker, c -> c.withTeam("legal")))
 *     .build();
 * try (var scope = LlmFunctions.enter("contract-review")) {
 *   client.messages().create(params);
 * }
 * }</pre>
 *
 * <p>The function is the enclosing {@code @LlmFunction} scope's. Other endpoints (token counting,
 * batches, models) pass through untracked. Thread-safe.
 */
public final class LlmSpendAnthropicInterceptor implements Interceptor {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final CallTracker tracker;
  private final UnaryOperator<CallInfo> attribution;

  public LlmSpendAnthropicInterceptor(CallTracker tracker, UnaryOperator<CallInfo> attribution) {
    this.tracker = tracker;
    this.attribution = attribution;
  }

  @Override
  public HttpClient intercept(HttpClient next) {
    return new HttpClient() {
      @Override
      public HttpResponse execute(HttpRequest request, RequestOptions options) {
        if (!messages(request)) {
          return next.execute(request, options);
        }
        HttpRequest buffered = request.buffered();
        JsonNode body = body(buffered);
        TrackedCall call = start(body);
        try {
          return settle(call, body, next.execute(buffered, options));
        } catch (RuntimeException e) {
          call.close();
          throw e;
        }
      }

      @Override
      public CompletableFuture<HttpResponse> executeAsync(HttpRequest request,
          RequestOptions options) {
        if (!messages(request)) {
          return next.executeAsync(request, options);
        }
        HttpRequest buffered = request.buffered();
        JsonNode body = body(buffered);
        TrackedCall call = start(body);
        return next.executeAsync(buffered, options).handle((response, error) -> {
          if (error != null) {
            call.close();
            throw error instanceof RuntimeException r ? r : new IllegalStateException(error);
          }
          return settle(call, body, response);
        });
      }

      @Override
      public void close() {
        next.close();
      }
    };
  }

  private TrackedCall start(JsonNode body) {
    String model = body.path("model").asText(null);
    if (model == null) {
      throw new IllegalArgumentException("a Messages request without a model");
    }
    return tracker.start(attribution.apply(CallInfo.of("anthropic", model)
        .withFunction(LlmFunctions.current())), body);
  }

  private static HttpResponse settle(TrackedCall call, JsonNode body, HttpResponse response) {
    if (body.path("stream").asBoolean(false) && response.statusCode() < 400) {
      return new StreamingResponse(response, call);
    }
    BufferedResponse buffered = BufferedResponse.of(response);
    call.finish(buffered.json(), response.statusCode());
    return buffered;
  }

  private static boolean messages(HttpRequest request) {
    List<String> path = request.pathSegments();
    return request.method().name().equals("POST") && !path.isEmpty()
        && path.get(path.size() - 1).equals("messages") && request.body().isPresent();
  }

  private static JsonNode body(HttpRequest request) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    request.body().orElseThrow().writeTo(bytes);
    try {
      return JSON.readTree(bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("the Messages request body is not JSON", e);
    }
  }
}
