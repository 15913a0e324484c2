package io.llmspend.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every rule of the catalog with exact expectations. Name forms: research notes real-shapes §3
 * and {@code bedrock-model-ids.txt} (Bedrock ids, cross-Region profiles, ARNs from LiteLLM's
 * price map, the AWS ML blog and botocore), Vertex AI {@code @version} and resource paths.
 */
class ModelCatalogTest {

  /** A small hand-made book: the catalog only needs the names. */
  static final BookNames BOOK = new BookNames(
      Set.of("gpt-4o", "gpt-4o-2024-05-13", "gpt-4o-mini", "gpt-3.5-turbo", "claude-sonnet-4-5",
          "claude-sonnet-4", "claude-3-5-haiku", "claude-haiku-4-5", "us.claude-haiku-4-5",
          "gemini-2.5-pro", "ft:gpt-4o"),
      Map.of("claude-3-5-haiku-latest", "claude-3-5-haiku", "gpt-4o-2024-11-20", "gpt-4o"),
      Map.of("prod-chat", "gpt-4o-mini"),
      Map.of("arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3",
          "us.anthropic.claude-3-5-haiku-20241022-v1:0"));

  private final ModelCatalog catalog = ModelCatalog.bundled().withBook(BOOK);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    // logged | name | base | snapshot | provider | maker | bedrock geo | region | encoding
    "gpt-4o | gpt-4o | gpt-4o | - | openai | openai | - | - | o200k_base",
    "' GPT-4o ' | gpt-4o | gpt-4o | - | openai | openai | - | - | o200k_base",
    "gpt-4o-2024-08-06 | gpt-4o-2024-08-06 | gpt-4o | 2024-08-06 | openai | openai | - | - | o200k_base",
    "gpt-3.5-turbo-0613 | gpt-3.5-turbo-0613 | gpt-3.5-turbo | 0613 | openai | openai | - | - | cl100k_base",
    "azure/gpt-35-turbo | gpt-3.5-turbo | gpt-3.5-turbo | - | azure_openai | openai | - | - | cl100k_base",
    "azure_ai/gpt-4o | gpt-4o | gpt-4o | - | azure_openai | openai | - | - | o200k_base",
    "openai/ft:gpt-4o-2024-08-06:acme::abc | gpt-4o-2024-08-06 | gpt-4o | 2024-08-06 | openai | openai | - | - | o200k_base",
    "gpt-oss-120b | gpt-oss-120b | gpt-oss-120b | - | openai | openai | - | - | -",
    "davinci-002 | davinci-002 | davinci-002 | - | openai | openai | - | - | cl100k_base",
    // -2411 and -09-2025 are not month-day snapshots
    "mistral-large-2411 | mistral-large-2411 | mistral-large-2411 | - | - | - | - | - | -",
    "gemini-2.5-flash-preview-09-2025 | gemini-2.5-flash-preview-09-2025 | gemini-2.5-flash-preview-09-2025 | - | google | google | - | - | -",
    "claude-3-5-haiku-20241022 | claude-3-5-haiku-20241022 | claude-3-5-haiku | 20241022 | anthropic | anthropic | - | - | -",
    "anthropic/claude-sonnet-4-5 | claude-sonnet-4-5 | claude-sonnet-4-5 | - | anthropic | anthropic | - | - | -",
    "models/gemini-2.5-pro | gemini-2.5-pro | gemini-2.5-pro | - | google | google | - | - | -",
    // Bedrock model ids and cross-Region profiles
    "anthropic.claude-3-5-haiku-20241022-v1:0 | claude-3-5-haiku-20241022 | claude-3-5-haiku | 20241022 | bedrock | anthropic | - | - | -",
    "us.anthropic.claude-3-5-haiku-20241022-v1:0 | claude-3-5-haiku-20241022 | claude-3-5-haiku | 20241022 | bedrock | anthropic | us | - | -",
    "us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0 | claude-sonnet-4-5-20250929 | claude-sonnet-4-5 | 20250929 | bedrock | anthropic | us-gov | - | -",
    "jp.anthropic.claude-sonnet-4-5-20250929-v1:0 | claude-sonnet-4-5-20250929 | claude-sonnet-4-5 | 20250929 | bedrock | anthropic | jp | - | -",
    "anthropic.claude-opus-4-6-v1 | claude-opus-4-6 | claude-opus-4-6 | - | bedrock | anthropic | - | - | -",
    "anthropic.claude-sonnet-4-6 | claude-sonnet-4-6 | claude-sonnet-4-6 | - | bedrock | anthropic | - | - | -",
    "amazon.nova-micro-v1:0 | nova-micro | nova-micro | - | bedrock | amazon | - | - | -",
    "meta.llama3-2-11b-instruct-v1:0 | llama3-2-11b-instruct | llama3-2-11b-instruct | - | bedrock | meta | - | - | -",
    "openai.gpt-oss-120b-1:0 | gpt-oss-120b | gpt-oss-120b | - | bedrock | openai | - | - | -",
    "bedrock/converse/us.anthropic.claude-3-7-sonnet-20250219-v1:0 | claude-3-7-sonnet-20250219 | claude-3-7-sonnet | 20250219 | bedrock | anthropic | us | - | -",
    "bedrock/us-gov-west-1/anthropic.claude-3-7-sonnet-20250219-v1:0 | claude-3-7-sonnet-20250219 | claude-3-7-sonnet | 20250219 | bedrock | anthropic | - | us-gov-west-1 | -",
    // Bedrock ARNs
    "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0 | claude-3-5-sonnet-20240620 | claude-3-5-sonnet | 20240620 | bedrock | anthropic | - | us-east-1 | -",
    "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20240620-v1:0 | claude-3-5-sonnet-20240620 | claude-3-5-sonnet | 20240620 | bedrock | anthropic | us | us-east-1 | -",
    "arn:aws-us-gov:bedrock:us-gov-west-1::foundation-model/anthropic.claude-3-7-sonnet-20250219-v1:0 | claude-3-7-sonnet-20250219 | claude-3-7-sonnet | 20250219 | bedrock | anthropic | - | us-gov-west-1 | -",
    "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1:0:8k/abcdefghijkl | titan-text-express | titan-text-express | - | bedrock | amazon | - | us-east-1 | -",
    "arn:aws:bedrock:us-east-1:466959819186:application-inference-profile/xyz | arn:aws:bedrock:us-east-1:466959819186:application-inference-profile/xyz | arn:aws:bedrock:us-east-1:466959819186:application-inference-profile/xyz | - | bedrock | - | - | us-east-1 | -",
    // Vertex AI
    "claude-sonnet-4-5@20250929 | claude-sonnet-4-5 | claude-sonnet-4-5 | 20250929 | google | anthropic | - | - | -",
    "vertex_ai/claude-3-5-haiku@default | claude-3-5-haiku | claude-3-5-haiku | - | google | anthropic | - | - | -",
    "projects/p1/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5@20250929 | claude-sonnet-4-5 | claude-sonnet-4-5 | 20250929 | google | anthropic | - | us-east5 | -",
    "publishers/google/models/gemini-2.5-pro | gemini-2.5-pro | gemini-2.5-pro | - | google | google | - | - | -",
  })
  void readsEveryNameForm(String logged, String name, String base, String snapshot,
      String provider, String maker, String geo, String region, String encoding) {
    ModelName n = catalog.resolve(logged);
    assertThat(n.logged()).isEqualTo(logged);
    assertThat(n.name()).isEqualTo(name);
    assertThat(n.base()).isEqualTo(base);
    assertThat(n.snapshot()).isEqualTo(snapshot);
    assertThat(n.provider()).isEqualTo(provider);
    assertThat(n.maker()).isEqualTo(maker);
    assertThat(n.bedrockGeo()).isEqualTo(geo);
    assertThat(n.region()).isEqualTo(region);
    assertThat(n.encoding()).isEqualTo(encoding);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
    "gpt-4o | gpt-4o",
    // dated snapshot prices as its base, unless the book has the snapshot (a book row beats a rule)
    "gpt-4o-2024-08-06 | gpt-4o",
    "gpt-4o-2024-05-13 | gpt-4o-2024-05-13",
    "gpt-4o-2024-11-20 | gpt-4o",
    "claude-3-5-haiku-latest | claude-3-5-haiku",
    "azure/gpt-35-turbo | gpt-3.5-turbo",
    "ft:gpt-4o-2024-08-06:acme::abc123 | ft:gpt-4o",
    "anthropic.claude-3-5-haiku-20241022-v1:0 | claude-3-5-haiku",
    "bedrock/us.anthropic.claude-3-5-haiku-20241022-v1:0 | claude-3-5-haiku",
    "eu.anthropic.claude-3-5-haiku-20241022-v1:0 | claude-3-5-haiku",
    "apac.anthropic.claude-sonnet-4-20250514-v1:0 | claude-sonnet-4",
    "global.anthropic.claude-sonnet-4-5-20250929-v1:0 | claude-sonnet-4-5",
    "anthropic.claude-sonnet-4-5-20250929-v1:0 | claude-sonnet-4-5",
    // a geographic profile with its own book row
    "us.anthropic.claude-haiku-4-5-20251001-v1:0 | us.claude-haiku-4-5",
    "arn:aws:bedrock:us-east-1::foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0 | claude-3-5-haiku",
    "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-haiku-20241022-v1:0 | claude-3-5-haiku",
    // an application inference profile mapped under llmspend.pricing.inference-profiles
    "arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/a1b2c3 | claude-3-5-haiku",
    "claude-sonnet-4-5@20250929 | claude-sonnet-4-5",
    "projects/p1/locations/us-east5/publishers/anthropic/models/claude-sonnet-4-5@20250929 | claude-sonnet-4-5",
    "publishers/google/models/gemini-2.5-pro | gemini-2.5-pro",
  })
  void pricesKnownNames(String logged, String priceKey) {
    ModelName n = catalog.resolve(logged);
    assertThat(n.priceKey()).isEqualTo(priceKey);
    assertThat(n.unpricedReason()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "openai/acme-llm-7b | model acme-llm-7b (logged 'openai/acme-llm-7b') is not in the price book",
    "gpt-3.5-turbo-1106 | model gpt-3.5-turbo-1106 (logged 'gpt-3.5-turbo-1106') is not in the price book",
    "ft:gpt-4o-mini-2024-07-18:acme::x | fine-tuned model ft:gpt-4o-mini (logged 'ft:gpt-4o-mini-2024-07-18:acme::x') has no ft: row in the price book; fine-tune rates differ from base rates",
    "anthropic.claude-opus-4-6-v1 | model claude-opus-4-6 (logged 'anthropic.claude-opus-4-6-v1') is not in the price book",
    "eu.anthropic.claude-sonnet-4-5-20250929-v1:0 | the Bedrock geographic profile eu. of claude-sonnet-4-5 costs about 10% more than its list price (AWS: global profiles cost about 10% less); the price book has no eu.claude-sonnet-4-5 row",
    "us-gov.anthropic.claude-3-5-haiku-20241022-v1:0 | AWS GovCloud prices claude-3-5-haiku above its list price (LiteLLM's map: +20%); the price book has no us-gov.claude-3-5-haiku row",
    "bedrock/us-gov-west-1/anthropic.claude-3-5-haiku-20241022-v1:0 | AWS GovCloud prices claude-3-5-haiku above its list price (LiteLLM's map: +20%); the price book has no us-gov.claude-3-5-haiku row",
    "arn:aws-cn:bedrock:cn-north-1::foundation-model/anthropic.claude-3-5-haiku-20241022-v1:0 | AWS China regions price claude-3-5-haiku in CNY, not at its USD list price; the price book has no cn.claude-3-5-haiku row",
    "anthropic.claude-3-sonnet-20240229-v1:0:200k | Bedrock context-length variant :200k is sold as provisioned throughput, not per token",
    "arn:aws:bedrock:us-east-1:466959819186:application-inference-profile/xyz | Bedrock application inference profile xyz does not name its model: map its ARN under llmspend.pricing.inference-profiles",
    "arn:aws:bedrock:us-east-1:123456789012:provisioned-model/abcdefghijkl | Bedrock provisioned throughput abcdefghijkl is billed per model-unit hour, not per token",
    "arn:aws:bedrock:us-east-1:123456789012:custom-model/amazon.titan-text-express-v1:0:8k/abcdefghijkl | Bedrock custom model amazon.titan-text-express-v1:0:8k/abcdefghijkl has its own inference price, not in the price book",
    "arn:aws:bedrock:us-east-1:123456789012:imported-model/abc | Bedrock imported-model abc has no per-token price",
  })
  void leavesOtherNamesUnpricedWithTheReason(String logged, String reason) {
    ModelName n = catalog.resolve(logged);
    assertThat(n.priceKey()).isNull();
    assertThat(n.unpricedReason()).isEqualTo(reason);
  }

  @Test
  void aMappedDeploymentWinsOverTheLoggedModel() {
    assertThat(catalog.resolve("gpt-4o", "prod-chat").priceKey()).isEqualTo("gpt-4o-mini");
    assertThat(catalog.resolve("gpt-4o", "PROD-CHAT").priceKey()).isEqualTo("gpt-4o");
    assertThat(catalog.resolve("gpt-4o", "other").priceKey()).isEqualTo("gpt-4o");
  }

  @Test
  void aMissingModelIsUnknown() {
    ModelName n = catalog.resolve(null);
    assertThat(n.name()).isEmpty();
    assertThat(n.provider()).isNull();
    assertThat(n.unpricedReason()).isEqualTo("model  (logged 'null') is not in the price book");
  }

  @Test
  void withoutABookNothingHasAPriceKey() {
    ModelName n = ModelCatalog.bundled().resolve("gpt-4o");
    assertThat(n.priceKey()).isNull();
    assertThat(n.unpricedReason()).isEqualTo("no price book given");
  }

  @Test
  void fineTunesAreMarked() {
    assertThat(catalog.resolve("ft:gpt-4o-2024-08-06:acme::abc").fineTune()).isTrue();
    assertThat(catalog.resolve("gpt-4o").fineTune()).isFalse();
  }
}
