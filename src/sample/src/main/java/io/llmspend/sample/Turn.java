package io.llmspend.sample;

/**
 * One chat message.
 *
 * @param role {@code system}, {@code user} or {@code assistant}
 * @param text the message text
 */
record Turn(String role, String text) {}
