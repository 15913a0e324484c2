package io.llmspend.core.tokenize;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One function (tool) definition, in any provider's shape.
 *
 * @param name the function name, never null
 * @param description the description, or {@code null}
 * @param parameters the JSON schema of the arguments, or {@code null}
 */
record ToolDef(String name, String description, JsonNode parameters) {}
