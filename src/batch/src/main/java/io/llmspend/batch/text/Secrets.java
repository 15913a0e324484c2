package io.llmspend.batch.text;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Redacts known secret shapes from text taken from the logs before any of it reaches a report:
 * the one redactor of every excerpt (recommendations, workbook, quarantine, data quality). Each
 * secret becomes {@code [redacted]}; for a password the word before it stays ({@code password:
 * [redacted]}). Shapes, in order:
 *
 * <ul>
 *   <li>OpenAI and Anthropic keys: {@code sk-...}, {@code sk-proj-...}, {@code sk-ant-api03-...};
 *   <li>Google API keys {@code AIza...}; AWS access key ids {@code AKIA...}, {@code ASIA...};
 *   <li>GitHub tokens {@code ghp_...}, {@code gho_...}, {@code ghs_...}, {@code github_pat_...};
 *       Slack tokens {@code xox?-...};
 *   <li>JWTs ({@code eyJ...}.{@code eyJ...}.signature); {@code Bearer <token>} and {@code Basic
 *       <token>};
 *   <li>values after {@code password}, {@code passwd}, {@code pwd}, {@code secret}, {@code
 *       api_key}, {@code token} and {@code :} or {@code =} (or "is");
 *   <li>any other token of 32 or more letters, digits and {@code +/_=-} that mixes letters and
 *       digits (an AWS secret key, a hex or base64 credential): high-entropy text is never
 *       shown.
 * </ul>
 *
 * <p>Thread-safe (stateless).
 */
public final class Secrets {
  /** What a secret is replaced by. */
  public static final String REDACTED = "[redacted]";
  private static final List<Pattern> SHAPES = List.of(
      Pattern.compile("\\bsk-(?:ant-|proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}"),
      Pattern.compile("\\bAIza[0-9A-Za-z_-]{30,}"),
      Pattern.compile("\\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\\b"),
      Pattern.compile("\\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{20,})"),
      Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}"),
      Pattern.compile("\\beyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*"),
      Pattern.compile("(?i)\\b(?:bearer|basic)\\s+[A-Za-z0-9._~+/=-]{8,}"));
  private static final Pattern ASSIGNED = Pattern.compile(
      "(?i)\\b(pass(?:word)?|passwd|pwd|secret|api[_-]?key|token)(\"?\\s*(?:[:=]|\\bis\\b)\\s*"
          + "\"?)[^\\s\"',;}]+");
  private static final Pattern LONG_TOKEN = Pattern.compile("[A-Za-z0-9+/_=-]{32,}");

  private Secrets() {}

  /**
   * @param text any text, or {@code null}
   * @return the text with every secret shape replaced by {@link #REDACTED}; {@code null} for
   *     {@code null}
   */
  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (Pattern shape : SHAPES) {
      out = shape.matcher(out).replaceAll(REDACTED);
    }
    out = ASSIGNED.matcher(out).replaceAll("$1$2" + Matcher.quoteReplacement(REDACTED));
    return LONG_TOKEN.matcher(out).replaceAll(m -> mixed(m.group())
        ? Matcher.quoteReplacement(REDACTED) : Matcher.quoteReplacement(m.group()));
  }

  /** Letters and digits both: a credential, not a long word or a line of dashes. */
  private static boolean mixed(String token) {
    return token.chars().anyMatch(Character::isDigit)
        && token.chars().anyMatch(Character::isLetter);
  }
}
