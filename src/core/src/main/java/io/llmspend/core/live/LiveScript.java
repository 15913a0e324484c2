package io.llmspend.core.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Lua scripts of live budgets, each in its {@code .lua} resource beside this class: one
 * definition for the guard (client) and the nightly correction (batch), run by a {@link
 * ScriptRunner} ({@code EVALSHA} by {@link #sha()}).
 */
public enum LiveScript {
  /** Checks every applicable budget and reserves on all of them or on none. */
  RESERVE("reserve.lua"),
  /** Replaces a reservation by the actual cost (or releases it). */
  SETTLE("settle.lua"),
  /** Reads members after releasing expired reservations. */
  STATUS("status.lua"),
  /** Rebases a member on the nightly job's true spend. */
  CORRECT("correct.lua");

  private final String text;
  private final String sha;

  LiveScript(String resource) {
    try (InputStream in = LiveScript.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing script resource " + resource);
      }
      this.text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      this.sha = HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
  }

  /** The SHA-1 Redis knows the script by. */
  public String sha() {
    return sha;
  }

  public String text() {
    return text;
  }
}
