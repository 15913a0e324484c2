package io.llmspend.batch.report;

/** A fill colour for conditional formatting: Excel's own light green, amber and red. */
public enum Highlight {
  GREEN(0xC6, 0xEF, 0xCE),
  AMBER(0xFF, 0xEB, 0x9C),
  RED(0xFF, 0xC7, 0xCE);

  private final byte[] rgb;

  Highlight(int red, int green, int blue) {
    this.rgb = new byte[] {(byte) red, (byte) green, (byte) blue};
  }

  byte[] rgb() {
    return rgb.clone();
  }
}
