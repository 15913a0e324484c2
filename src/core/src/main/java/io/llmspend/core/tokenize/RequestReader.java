package io.llmspend.core.tokenize;

import com.fasterxml.jackson.databind.JsonNode;
import io.llmspend.core.json.BadRecordException;
import java.util.Set;

/** Reads one provider-native request shape into its countable parts. Stateless. */
interface RequestReader {

  /** Whether the body has a field only this shape defines. */
  boolean accepts(JsonNode body);

  /** Providers (lower-case) whose native shape this is; used to break ties. */
  Set<String> providers();

  /**
   * @throws BadRecordException if a list has the wrong JSON type
   */
  ParsedRequest read(JsonNode body) throws BadRecordException;
}
