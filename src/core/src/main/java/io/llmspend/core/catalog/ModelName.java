package io.llmspend.core.catalog;

import java.util.Optional;

/**
 * What the catalog decided for one logged model name. Immutable.
 *
 * @param logged the model as logged (may be null)
 * @param name the normalized name: lower case, without routing prefixes, ARN, Bedrock vendor and
 *     version, Vertex {@code @version}, with OpenAI's spelling of Azure names; snapshot kept; for
 *     a fine-tune, its base model's name ({@code ""} for a null or blank model)
 * @param base {@code name} without its snapshot
 * @param snapshot the snapshot ({@code 2024-08-06}, {@code 20241022}, {@code 0613}, a Vertex
 *     version), or null
 * @param provider who bills the call, in the request log's words: {@code bedrock}, {@code
 *     azure_openai} or {@code google} (Vertex AI) when the name shows the platform, else the maker;
 *     null when neither is known
 * @param maker who makes the model and sets its list price ({@code openai}, {@code anthropic},
 *     {@code google}, a Bedrock vendor such as {@code amazon}), or null
 * @param bedrockGeo the Bedrock cross-Region profile prefix ({@code us}, {@code eu}, {@code
 *     global}...), or null
 * @param region the AWS or Vertex region the name states, or null
 * @param fineTune whether the name is an OpenAI fine-tune
 * @param encoding the tokenizer encoding, or null when token counts are estimated
 * @param priceKey the price-book model to price the call at (any validity period), or null
 * @param unpricedReason why there is no price key, for a human; null when there is one
 */
public record ModelName(String logged, String name, String base, String snapshot,
    String provider, String maker, String bedrockGeo, String region, boolean fineTune,
    String encoding, String priceKey, String unpricedReason) {

  /** The provider, if known. */
  public Optional<String> knownProvider() {
    return Optional.ofNullable(provider);
  }

  /** The encoding, if the model has one in the table. */
  public Optional<String> knownEncoding() {
    return Optional.ofNullable(encoding);
  }

  /** The price key, if the call can be priced per token. */
  public Optional<String> knownPriceKey() {
    return Optional.ofNullable(priceKey);
  }
}
