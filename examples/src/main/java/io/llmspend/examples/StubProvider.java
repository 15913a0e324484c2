package io.llmspend.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stub LLM provider on 127.0.0.1 for the examples: OpenAI Chat Completions ({@code
 * .../chat/completions}, plain or streamed with the usage chunk) and Anthropic Messages ({@code
 * .../messages}, plain or streamed). Every answer is "Hello from the stub." with usage 20 input
 * tokens and 7 output tokens, each response with an id of its own. Run it alone with {@code
 * main} to point an example at it by hand.
 */
public final class StubProvider implements AutoCloseable {
  private final HttpServer server;
  private final AtomicInteger ids = new AtomicInteger();

  public StubProvider() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  public static void main(String[] args) throws Exception {
    StubProvider stub = new StubProvider();
    System.out.println("stub provider at " + stub.url() + " (OpenAI: " + stub.url()
        + "/v1, Anthropic: " + stub.url() + ")");
    Thread.currentThread().join();
  }

  /** The base URL, {@code http://127.0.0.1:<port>}. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void answer(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    boolean stream = request.replace(" ", "").contains("\"stream\":true");
    int n = ids.incrementAndGet();
    String body;
    if (path.endsWith("/chat/completions")) {
      body = stream ? openAiStream(n) : openAi(n);
    } else if (path.endsWith("/messages")) {
      body = stream ? anthropicStream(n) : anthropic(n);
    } else {
      exchange.sendResponseHeaders(404, -1);
      exchange.close();
      return;
    }
    exchange.getResponseHeaders().add("Content-Type",
        stream ? "text/event-stream" : "application/json");
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String openAi(int n) {
    return """
        {"id":"chatcmpl-stub-%d","object":"chat.completion","created":1764000000,
        "model":"gpt-4o-mini-2024-07-18","choices":[{"index":0,"message":{"role":"assistant",
        "content":"Hello from the stub."},"finish_reason":"stop","logprobs":null}],
        "usage":{"prompt_tokens":20,"completion_tokens":7,"total_tokens":27,
        "prompt_tokens_details":{"cached_tokens":0},
        "completion_tokens_details":{"reasoning_tokens":0}}}""".formatted(n).replace("\n", "");
  }

  private static String openAiStream(int n) {
    String id = "chatcmpl-stub-" + n;
    String head = "{\"id\":\"" + id + "\",\"object\":\"chat.completion.chunk\","
        + "\"created\":1764000000,\"model\":\"gpt-4o-mini-2024-07-18\",";
    return data(head + "\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\","
            + "\"content\":\"Hello\"},\"finish_reason\":null}]}")
        + data(head + "\"choices\":[{\"index\":0,\"delta\":{\"content\":\" from the stub.\"},"
            + "\"finish_reason\":null}]}")
        + data(head + "\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}")
        + data(head + "\"choices\":[],\"usage\":{\"prompt_tokens\":20,\"completion_tokens\":7,"
            + "\"total_tokens\":27}}")
        + "data: [DONE]\n\n";
  }

  private static String anthropic(int n) {
    return """
        {"id":"msg_stub_%d","type":"message","role":"assistant","model":"claude-3-5-haiku-20241022",
        "content":[{"type":"text","text":"Hello from the stub."}],"stop_reason":"end_turn",
        "stop_sequence":null,"usage":{"input_tokens":20,"cache_creation_input_tokens":0,
        "cache_read_input_tokens":0,"output_tokens":7}}""".formatted(n).replace("\n", "");
  }

  private static String anthropicStream(int n) {
    return event("message_start", "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_stub_"
            + n + "\",\"type\":\"message\",\"role\":\"assistant\",\"model\":"
            + "\"claude-3-5-haiku-20241022\",\"content\":[],\"stop_reason\":null,"
            + "\"stop_sequence\":null,\"usage\":{\"input_tokens\":20,"
            + "\"cache_creation_input_tokens\":0,\"cache_read_input_tokens\":0,"
            + "\"output_tokens\":1}}}")
        + event("content_block_start", "{\"type\":\"content_block_start\",\"index\":0,"
            + "\"content_block\":{\"type\":\"text\",\"text\":\"\"}}")
        + event("content_block_delta", "{\"type\":\"content_block_delta\",\"index\":0,"
            + "\"delta\":{\"type\":\"text_delta\",\"text\":\"Hello from the stub.\"}}")
        + event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}")
        + event("message_delta", "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":"
            + "\"end_turn\",\"stop_sequence\":null},\"usage\":{\"output_tokens\":7}}")
        + event("message_stop", "{\"type\":\"message_stop\"}");
  }

  private static String data(String json) {
    return "data: " + json + "\n\n";
  }

  private static String event(String type, String json) {
    return "event: " + type + "\n" + data(json);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
