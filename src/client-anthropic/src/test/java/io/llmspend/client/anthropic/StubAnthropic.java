package io.llmspend.client.anthropic;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A stub of Anthropic's Messages endpoint on 127.0.0.1: a plain answer with usage 12 in / 30
 * out (cache read 100), or, for {@code "stream": true}, the events of a streamed answer; a
 * request whose last user message is "cut" gets a stream that stops after its first text delta.
 */
final class StubAnthropic implements AutoCloseable {
  private final HttpServer server;

  StubAnthropic() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/messages", this::answer);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void answer(HttpExchange exchange) throws IOException {
    String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    boolean stream = request.contains("\"stream\":true");
    String body = stream ? events(request.contains("\"cut\"")) : """
        {"id":"msg_stub_1","type":"message","role":"assistant","model":"claude-3-5-haiku-20241022",
         "content":[{"type":"text","text":"Four."}],"stop_reason":"end_turn","stop_sequence":null,
         "usage":{"input_tokens":12,"cache_creation_input_tokens":0,
         "cache_read_input_tokens":100,"output_tokens":30}}""";
    exchange.getResponseHeaders().add("Content-Type",
        stream ? "text/event-stream" : "application/json");
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static String events(boolean cut) {
    String start = event("message_start", """
        {"type":"message_start","message":{"id":"msg_stub_2","type":"message","role":"assistant",
        "model":"claude-3-5-haiku-20241022","content":[],"stop_reason":null,"stop_sequence":null,
        "usage":{"input_tokens":12,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,
        "output_tokens":1}}}""")
        + event("content_block_start", """
        {"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}""")
        + event("content_block_delta", """
        {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hello there"}}""");
    if (cut) {
      return start;
    }
    return start + event("content_block_stop", "{\"type\":\"content_block_stop\",\"index\":0}")
        + event("message_delta", """
        {"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},
        "usage":{"output_tokens":15}}""")
        + event("message_stop", "{\"type\":\"message_stop\"}");
  }

  private static String event(String type, String json) {
    return "event: " + type + "\ndata: " + json.replace("\n", "") + "\n\n";
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
