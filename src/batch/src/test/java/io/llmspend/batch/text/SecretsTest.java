package io.llmspend.batch.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A corpus of each secret shape {@link Secrets} knows (issue 16 §2): each is redacted inside a
 * sentence; ordinary prompt text is left exactly as it was. The keys are made up, in the
 * published formats.
 */
class SecretsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "OpenAI project key | Use API key sk-proj-Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z_A7bC0dE for it | Use API key [redacted] for it",
      "OpenAI legacy key | key=sk-4f8Ab29cD7eF1gH3iJ5kL7mN9oP1qR3sT5uV7wX9y ok | key=[redacted] ok",
      "Anthropic key | x-api-key sk-ant-api03-AbCdEf0123456789-_AbCdEf0123456789xyzXYZ done | x-api-key [redacted] done",
      "Google API key | google AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q end | google [redacted] end",
      "AWS access key id | aws AKIAIOSFODNN7EXAMPLE in use | aws [redacted] in use",
      "AWS secret key | secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY here | secret [redacted] here",
      "GitHub token | token ghp_1a2B3c4D5e6F7g8H9i0J1k2L3m4N5o6P7q8R9s end | token [redacted] end",
      "GitHub fine-grained | github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz0123456789 x | [redacted] x",
      "Slack token | slack xoxb-1234567890-abcdefghijkl end | slack [redacted] end",
      "JWT | cookie eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U ok | cookie [redacted] ok",
      "Bearer header | Authorization: Bearer abc.def-ghi_jkl~mno ok | Authorization: [redacted] ok",
      "Basic header | Authorization: Basic dXNlcjpwYXNzd29yZA== ok | Authorization: [redacted] ok",
      "password after colon | login with password: hunter2! please | login with password: [redacted] please",
      "pwd after equals | db pwd=S3cr3t;timeout=5 | db pwd=[redacted];timeout=5",
      "password is | the password is tr0ub4dor3 today | the password is [redacted] today",
      "JSON api_key | {\"api_key\": \"abc123xyz\"} | {\"api_key\": \"[redacted]\"}",
      "high-entropy token | ref 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 | ref [redacted]"})
  void redactsEachShape(String shape, String text, String redacted) {
    assertThat(Secrets.redact(text)).isEqualTo(redacted);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "You are a helpful assistant for ACME support. Answer in English.",
      "Reset the password in Settings > Security, then sign in again.",
      "Extract vendor, invoice_number, date, currency, line items and total from this invoice.",
      "Current date: 2026-07-14\nUser location: Iceland",
      "-----------------------------------------------------------",
      "internationalization-and-localization-guidelines-for-writers"})
  void leavesOrdinaryTextAsItIs(String text) {
    assertThat(Secrets.redact(text)).isEqualTo(text);
  }
}
