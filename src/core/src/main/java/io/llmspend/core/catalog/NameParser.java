package io.llmspend.core.catalog;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structure of a logged model name. Rules, in order, each on the result of the ones
 * before: trim and lower-case; strip routing prefixes ({@code openai/ azure/ azure_ai/
 * azure_openai/ anthropic/ gemini/ google/ vertex_ai/ bedrock/ converse/ invoke/ models/}, any
 * number) and an AWS region segment ({@code bedrock/us-gov-west-1/...}); a Bedrock ARN ({@link
 * BedrockArns}); a Vertex resource path ({@code projects/p/locations/l/publishers/P/models/M});
 * a fine-tune {@code ft:BASE:org:...} becomes BASE; a Bedrock id {@code [geo.]vendor.model[-vN][:M]}
 * ({@link BedrockIds}); a Vertex {@code @version}; the Azure spelling {@code gpt-35-}; a snapshot
 * suffix {@code -YYYY-MM-DD}, {@code -YYYYMMDD} or {@code -MMDD} (a valid month and day).
 * Stateless, thread-safe.
 */
final class NameParser {

  private static final Pattern ROUTE = Pattern.compile(
      "^(openai|azure|azure_ai|azure_openai|anthropic|gemini|google|vertex_ai|vertex_ai_beta"
          + "|bedrock|converse|invoke|models)/");
  private static final Pattern AWS_REGION = Pattern.compile("^([a-z]{2}(?:-gov)?-[a-z]+-\\d)/");
  private static final Pattern VERTEX_PATH = Pattern.compile(
      "^(?:projects/[^/]+/locations/([^/]+)/)?publishers/([^/]+)/models/(.+)$");
  private static final Pattern VERTEX_VERSION = Pattern.compile("^(.+)@([a-z0-9-]+)$");
  private static final Pattern DATED = Pattern.compile("^(.+)-(20\\d{2}-\\d{2}-\\d{2}|20\\d{6})$");
  private static final Pattern MONTH_DAY =
      Pattern.compile("^(.+)-((?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01]))$");
  private static final Set<String> UNVERSIONED = Set.of("default", "latest");

  private NameParser() {}

  static ParsedName parse(String logged) {
    Parts p = new Parts(logged == null ? "" : logged.trim().toLowerCase(Locale.ROOT));
    p.stripRoutes();
    if (BedrockArns.applies(p.text)) {
      BedrockArns.read(p);
    }
    p.vertexPath();
    p.stripRoutes();
    if (p.text.startsWith("ft:")) {
      int end = p.text.indexOf(':', 3);
      p.text = end < 0 ? p.text.substring(3) : p.text.substring(3, end);
      p.fineTune = true;
    }
    String lookup = p.text;
    BedrockIds.read(p);
    p.vertexVersion();
    if (p.text.startsWith("gpt-35-")) {
      p.text = "gpt-3.5-" + p.text.substring("gpt-35-".length());
    }
    return p.snapshot(lookup);
  }

  /** The parse in progress; one per call, never shared. */
  static final class Parts {
    String text;
    String maker;
    String platform;
    String geo;
    String region;
    String blocked;
    String snapshot;
    boolean fineTune;

    Parts(String text) {
      this.text = text;
    }

    private void stripRoutes() {
      for (Matcher m = ROUTE.matcher(text); m.find(); m = ROUTE.matcher(text)) {
        platform(m.group(1));
        text = text.substring(m.end());
        Matcher r = AWS_REGION.matcher(text);
        if (r.find()) {
          region = r.group(1);
          text = text.substring(r.end());
        }
      }
    }

    private void platform(String route) {
      if (platform != null) {
        return;
      }
      if (route.startsWith("azure")) {
        platform = "azure";
      } else if (route.startsWith("vertex_ai")) {
        platform = "vertex_ai";
      } else if (Set.of("bedrock", "converse", "invoke").contains(route)) {
        platform = "bedrock";
      }
    }

    private void vertexPath() {
      Matcher m = VERTEX_PATH.matcher(text);
      if (m.matches()) {
        region = m.group(1) != null ? m.group(1) : region;
        maker = m.group(2).equals("mistralai") ? "mistral" : m.group(2);
        platform = "vertex_ai";
        text = m.group(3);
      }
    }

    private void vertexVersion() {
      Matcher m = VERTEX_VERSION.matcher(text);
      if (m.matches()) {
        text = m.group(1);
        snapshot = UNVERSIONED.contains(m.group(2)) ? null : m.group(2);
        platform = platform == null ? "vertex_ai" : platform;
      }
    }

    private ParsedName snapshot(String lookup) {
      Matcher dated = DATED.matcher(text);
      Matcher monthDay = MONTH_DAY.matcher(text);
      String base = text;
      boolean isDated = false;
      if (snapshot == null && dated.matches()) {
        base = dated.group(1);
        snapshot = dated.group(2);
        isDated = true;
      } else if (snapshot == null && monthDay.matches()) {
        base = monthDay.group(1);
        snapshot = monthDay.group(2);
      }
      return new ParsedName(lookup, text, base, snapshot, isDated, maker, platform, geo, region,
          fineTune, blocked);
    }
  }
}
