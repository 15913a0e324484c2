package io.llmspend.core.catalog;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bedrock ARNs ({@code arn:<partition>:bedrock:<region>:<account>:<type>/<id>}, partitions {@code
 * aws}, {@code aws-us-gov}, {@code aws-cn}). A {@code foundation-model} or system {@code
 * inference-profile} ARN continues as its model or profile id; the others name no per-token model:
 * an {@code application-inference-profile} id is opaque (map it to its model under {@code
 * llmspend.pricing.inference-profiles}), {@code provisioned-model} is billed per model-unit hour,
 * {@code custom-model} and {@code imported-model} have their own inference prices. Sources:
 * botocore's bedrock-runtime model id pattern, AWS ML blog on cross-Region inference (research
 * notes real-shapes §3).
 */
final class BedrockArns {

  private static final Pattern ARN =
      Pattern.compile("^arn:aws[a-z-]*:bedrock:([a-z0-9-]*):(\\d*):([a-z-]+)/(.+)$");

  private BedrockArns() {}

  static boolean applies(String text) {
    return text.startsWith("arn:");
  }

  static void read(NameParser.Parts p) {
    Matcher m = ARN.matcher(p.text);
    if (!m.matches()) {
      return;
    }
    p.platform = "bedrock";
    p.region = m.group(1).isEmpty() ? null : m.group(1);
    String type = m.group(3);
    String id = m.group(4);
    switch (type) {
      case "foundation-model", "inference-profile" -> p.text = id;
      case "custom-model" -> {
        p.text = id.contains("/") ? id.substring(0, id.lastIndexOf('/')) : id;
        p.blocked = "Bedrock custom model " + id + " has its own inference price, not in the price book";
      }
      case "application-inference-profile" -> p.blocked = "Bedrock application inference profile "
          + id + " does not name its model: map its ARN under llmspend.pricing.inference-profiles";
      case "provisioned-model" -> p.blocked = "Bedrock provisioned throughput " + id
          + " is billed per model-unit hour, not per token";
      default -> p.blocked = "Bedrock " + type + " " + id + " has no per-token price";
    }
  }
}
