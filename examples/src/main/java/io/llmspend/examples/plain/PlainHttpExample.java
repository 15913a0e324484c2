package io.llmspend.examples.plain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.client.CallTracker;
import io.llmspend.client.TrackedCall;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The explicit API with any client: here the JDK's HTTP client and OpenAI's wire format. */
public final class PlainHttpExample {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final CallTracker tracker;
  private final String baseUrl;

  public PlainHttpExample(CallTracker tracker, String baseUrl) {
    this.tracker = tracker;
    this.baseUrl = baseUrl;
  }

  public String extract(String invoice) throws IOException, InterruptedException {
    JsonNode request = JSON.createObjectNode().put("model", "gpt-4o-mini")
        .put("max_tokens", 300).set("messages", JSON.createArrayNode()
            .add(JSON.createObjectNode().put("role", "user").put("content", invoice)));
    try (TrackedCall call = tracker.start("invoice-extraction", request)) {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder()
          .uri(URI.create(baseUrl + "/v1/chat/completions"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(request.toString())).build(),
          HttpResponse.BodyHandlers.ofString());
      JsonNode body = JSON.readTree(response.body());
      call.finish(body, response.statusCode());
      return body.at("/choices/0/message/content").asText();
    }
  }
}
