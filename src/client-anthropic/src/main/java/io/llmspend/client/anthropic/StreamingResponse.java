package io.llmspend.client.anthropic;

import com.anthropic.core.http.Headers;
import com.anthropic.core.http.HttpResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.llmspend.client.TrackedCall;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A streamed response whose server-sent events are handed to the {@link TrackedCall} as the SDK
 * reads them; closing it ends the call: settled from the final usage, or from the re-count of
 * what was received when the stream ended early.
 */
final class StreamingResponse implements HttpResponse {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpResponse response;
  private final TrackedCall call;
  private final InputStream body;

  StreamingResponse(HttpResponse response, TrackedCall call) {
    this.response = response;
    this.call = call;
    this.body = new Events(response.body());
  }

  @Override
  public int statusCode() {
    return response.statusCode();
  }

  @Override
  public Headers headers() {
    return response.headers();
  }

  @Override
  public InputStream body() {
    return body;
  }

  @Override
  public void close() {
    try {
      response.close();
    } finally {
      if (!call.reservation().ended()) {
        call.finishStream();
      }
    }
  }

  /** Copies the bytes through, cutting them into lines and reading each {@code data:} line. */
  private final class Events extends FilterInputStream {
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    Events(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        accept((byte) b);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      for (int i = 0; i < n; i++) {
        accept(buffer[offset + i]);
      }
      return n;
    }

    private void accept(byte b) {
      if (b != '\n') {
        line.write(b);
        return;
      }
      String text = line.toString(StandardCharsets.UTF_8).strip();
      line.reset();
      if (text.startsWith("data:")) {
        try {
          call.chunk(JSON.readTree(text.substring(5).strip()));
        } catch (IOException e) {
          // not JSON (a keep-alive): nothing to count
        }
      }
    }
  }
}
