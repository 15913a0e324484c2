package io.llmspend.core.pricing;

/**
 * The price book or the model-alias file cannot be used: unreadable, a missing column, a bad or
 * negative number, overlapping validity periods, an alias to an unknown model. Thrown at start-up
 * so that no call is ever priced from a broken book.
 *
 * <p>The message names the file, the line (1 is the header; 0 when the file itself is at fault)
 * and the reason, e.g. {@code price-book.csv line 7: bad number 'x' in input_usd_per_mtok}.
 */
public class PriceBookException extends RuntimeException {

  private final String file;
  private final long line;

  /**
   * @param file the file's description (Spring resource description or file name)
   * @param line 1-based line number, 0 when the fault is not on one line
   * @param reason what is wrong, for a human
   */
  public PriceBookException(String file, long line, String reason) {
    this(file, line, reason, null);
  }

  /** As {@link #PriceBookException(String, long, String)}, keeping the underlying cause. */
  public PriceBookException(String file, long line, String reason, Throwable cause) {
    super(file + (line > 0 ? " line " + line : "") + ": " + reason, cause);
    this.file = file;
    this.line = line;
  }

  /** The file at fault. */
  public String file() {
    return file;
  }

  /** The 1-based line at fault, or 0 when the fault is not on one line. */
  public long line() {
    return line;
  }
}
