package io.llmspend.client.anthropic;

import com.anthropic.core.http.Headers;
import com.anthropic.core.http.HttpResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A response read whole: its body is read once here for the usage, and again by the SDK. */
final class BufferedResponse implements HttpResponse {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final int status;
  private final Headers headers;
  private final byte[] body;

  private BufferedResponse(int status, Headers headers, byte[] body) {
    this.status = status;
    this.headers = headers;
    this.body = body;
  }

  static BufferedResponse of(HttpResponse response) {
    try (response; InputStream in = response.body()) {
      return new BufferedResponse(response.statusCode(), response.headers(), in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The body as JSON, or {@code null} when it is not JSON (an error page). */
  JsonNode json() {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  @Override
  public int statusCode() {
    return status;
  }

  @Override
  public Headers headers() {
    return headers;
  }

  @Override
  public InputStream body() {
    return new ByteArrayInputStream(body);
  }

  @Override
  public void close() {}
}
