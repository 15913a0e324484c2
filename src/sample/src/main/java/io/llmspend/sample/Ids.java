package io.llmspend.sample;

import java.util.Random;

/** Provider-style response ids (shape only; random characters). Stateless. */
final class Ids {
  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  private static final String BASE64URL = BASE62 + "-_";
  private static final String HEX = "0123456789abcdef";

  private Ids() {}

  /** An id as the provider of this function would return it. */
  static String of(FunctionSpec spec, Random random) {
    return switch (spec.shape()) {
      case CHAT -> "mistral".equals(spec.provider()) ? chars(HEX, 32, random)
          : "chatcmpl-" + chars(BASE62, 29, random);
      case RESPONSES -> "resp_" + chars(HEX, 48, random);
      case ANTHROPIC -> "msg_01" + chars(BASE62, 22, random);
      case GEMINI -> chars(BASE64URL, 23, random);
    };
  }

  private static String chars(String alphabet, int length, Random random) {
    char[] out = new char[length];
    for (int i = 0; i < length; i++) {
      out[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    return new String(out);
  }
}
