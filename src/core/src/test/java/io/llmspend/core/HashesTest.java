package io.llmspend.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class HashesTest {

  @Test
  void aLongTextHashedAgainGivesTheSameDigestFromMemory() {
    // Python: hashlib.sha256(("abc" * 100).encode()).hexdigest(); 300 chars >= LONG_TEXT
    String text = "abc".repeat(100);
    String expected = "d9f5aeb06abebb3be3f38adec9a2e3b94228d52193be923eb4e24c9b56ee0930";
    assertThat(Hashes.sha256Hex(text)).isEqualTo(expected);
    // an equal text in another String object is found again
    assertThat(Hashes.sha256Hex(new StringBuilder(text).toString())).isEqualTo(expected);
  }

  @Test
  void aCallerChangingItsDigestDoesNotChangeTheRememberedOne() {
    // Python: hashlib.sha256(("\u00fc\u20ac" * 200).encode()).hexdigest(); 400 chars, UTF-8
    String text = "\u00fc\u20ac".repeat(200);
    byte[] first = Hashes.sha256(text);
    first[0] ^= 1;
    assertThat(HexFormat.of().formatHex(Hashes.sha256(text)))
        .isEqualTo("08e529e511bf78b3c4c318a01da27d98c5ef1eccba55b1e38062a302c5b4d4fe");
  }

  @Test
  void aThreadRemembersABoundedNumberOfTexts() {
    // more texts than REMEMBERED, then the first again: still the right digest (recomputed)
    String first = "x".repeat(Hashes.LONG_TEXT);
    String digest = Hashes.sha256Hex(first);
    for (int i = 0; i < 2 * Hashes.REMEMBERED; i++) {
      Hashes.sha256Hex(i + "y".repeat(Hashes.LONG_TEXT));
    }
    assertThat(Hashes.sha256Hex(first)).isEqualTo(digest);
  }

  @Test
  void textsThatShareTheSampledCharactersAreToldApart() {
    // 1,000 characters: the samples fall on positions i * 999 / 63, never on 500 (999 * 32 / 63 =
    // 507.4 -> 507; 999 * 31 / 63 = 491.6 -> 491), so both texts hash to the same memory slot
    // Python: hashlib.sha256(("a" * 500 + "b" + "a" * 499).encode()).hexdigest()
    String plain = "a".repeat(1000);
    String changed = "a".repeat(500) + "b" + "a".repeat(499);
    Hashes.sha256Hex(plain);
    assertThat(Hashes.sha256Hex(changed))
        .isEqualTo("4e25820f67525e920b1083583977c5f6a7e1c25b5bca08f4f2423d33ee9f359d");
    // Python: hashlib.sha256(("a" * 1000).encode()).hexdigest()
    assertThat(Hashes.sha256Hex(plain))
        .isEqualTo("41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
  }
}
