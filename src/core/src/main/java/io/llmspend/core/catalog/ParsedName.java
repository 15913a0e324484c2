package io.llmspend.core.catalog;

/**
 * What the spelling of a logged model name says, before any table is consulted.
 *
 * @param lookup the name as the structural rules received it (lower case, routing prefixes, ARN
 *     and fine-tune wrapper removed); an alias or book row for exactly this wins
 * @param name {@code lookup} after the Bedrock id, Vertex {@code @version} and Azure spelling
 *     rules; snapshot kept
 * @param base {@code name} without its snapshot
 * @param snapshot the snapshot ({@code 2024-08-06}, {@code 20241022}, {@code 0613}, a Vertex
 *     version), or null
 * @param datedSnapshot whether the snapshot is a date ({@code -YYYY-MM-DD}, {@code -YYYYMMDD}):
 *     only those price as their base
 * @param maker the maker the name itself states (Bedrock vendor, Vertex publisher), or null
 * @param platform {@code bedrock}, {@code vertex_ai} or {@code azure} when the name shows it, or null
 * @param geo the Bedrock cross-Region profile prefix ({@code us}, {@code eu}, {@code global}...),
 *     or null
 * @param region the AWS region of an ARN or a region-scoped key, or null
 * @param fineTune whether the name is an OpenAI fine-tune {@code ft:BASE:...}
 * @param blocked why no per-token price can apply whatever the book says, or null
 */
record ParsedName(String lookup, String name, String base, String snapshot, boolean datedSnapshot,
    String maker, String platform, String geo, String region, boolean fineTune, String blocked) {

  /** The name prices fall back to: {@code name} without a dated snapshot. */
  String priceBase() {
    return datedSnapshot ? base : name;
  }
}
