package io.llmspend.core.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmspend.core.json.BadRecordException;
import java.util.List;
import java.util.Locale;

/**
 * Picks the reader for a body by its fields; when several shapes claim it, the provider's native
 * shape wins, else the first in the order Messages, Responses, Gemini.
 */
final class RequestReaders {

  private static final List<RequestReader> READERS =
      List.of(new MessagesReader(), new ResponsesReader(), new GeminiReader());

  private RequestReaders() {}

  /**
   * @return the countable parts; {@link ParsedRequest#EMPTY} if no shape claims the body
   * @throws BadRecordException if the body is not a JSON object or a list has the wrong
   *     type
   */
  static ParsedRequest read(String provider, JsonNode body) throws BadRecordException {
    if (body == null || !body.isObject()) {
      throw new BadRecordException("request body is not a JSON object");
    }
    List<RequestReader> claiming = READERS.stream().filter(r -> r.accepts(body)).toList();
    if (claiming.isEmpty()) {
      return ParsedRequest.EMPTY;
    }
    String hint = provider == null ? "" : provider.trim().toLowerCase(Locale.ROOT);
    return claiming.stream()
        .filter(r -> r.providers().contains(hint))
        .findFirst()
        .orElse(claiming.get(0))
        .read(body);
  }
}
