package io.llmspend.core.pricing;

/** A priced model has no rate for what the call used; the message is the unpriced reason. */
final class NoRateException extends Exception {

  NoRateException(String reason) {
    super(reason, null, false, false);
  }
}
