package io.llmspend.core.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bedrock model ids: {@code [geo.]vendor.model[-vN][:M][:Nk]}, e.g. {@code
 * anthropic.claude-3-5-haiku-20241022-v1:0}, {@code us.anthropic.claude-sonnet-4-5-20250929-v1:0},
 * {@code anthropic.claude-opus-4-6-v1}, {@code amazon.nova-micro-v1:0}. The geography of a
 * system cross-Region inference profile is any short prefix ({@code us eu apac jp au us-gov
 * global} today; AWS CDK {@code CrossRegionInferenceProfileRegion}, LiteLLM
 * {@code _supported_cross_region_inference_region}) before a known vendor. A context-length
 * variant ({@code :200k}) is sold as provisioned throughput only, so it gets no per-token price.
 */
final class BedrockIds {

  private static final Pattern ID = Pattern.compile(
      "^(?:([a-z]{2,6}(?:-[a-z]+)?)\\.)?(anthropic|amazon|meta|mistral|cohere|ai21|deepseek"
          + "|openai|qwen|writer|twelvelabs|stability|luma)\\.(.+)$");
  private static final Pattern CONTEXT_VARIANT = Pattern.compile("^(.+):(\\d+k)$");
  private static final Pattern VERSION = Pattern.compile("(?:-v\\d+(?::\\d+)?|-\\d+:\\d+|:\\d+)$");

  private BedrockIds() {}

  static void read(NameParser.Parts p) {
    Matcher m = ID.matcher(p.text);
    if (!m.matches()) {
      return;
    }
    p.platform = "bedrock";
    p.geo = m.group(1);
    p.maker = m.group(2);
    String model = m.group(3);
    Matcher variant = CONTEXT_VARIANT.matcher(model);
    if (variant.matches()) {
      model = variant.group(1);
      if (p.blocked == null) {
        p.blocked = "Bedrock context-length variant :" + variant.group(2)
            + " is sold as provisioned throughput, not per token";
      }
    }
    p.text = VERSION.matcher(model).replaceFirst("");
  }
}
