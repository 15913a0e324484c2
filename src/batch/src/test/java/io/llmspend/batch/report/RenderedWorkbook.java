package io.llmspend.batch.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;

/**
 * A workbook printed to PDF by LibreOffice (headless), for tests of what a reader sees on paper.
 * A chart is found by its page: the workbook puts each chart on a printed page of its own, and a
 * chart's page is the one whose text holds its title. A page's sheet is named in its footer.
 * Nothing depends on a machine's column widths or fonts beyond what the assertions state.
 *
 * <pre>{@code
 * RenderedWorkbook pdf = RenderedWorkbook.render(xlsx, tempDir);
 * BufferedImage page = pdf.pageImage(pdf.pageWithText("Spend by day"));
 * assertThat(RenderedWorkbook.pixelsNear(page, new Color(70, 130, 180), 24)).isGreaterThan(2_000);
 * }</pre>
 *
 * <p>Needs {@code soffice} (Debian {@code libreoffice-calc}), {@code pdftotext} and {@code
 * pdftoppm} ({@code poppler-utils}); {@code .ci/run} installs them with the Carlito font, which has
 * Calibri's metrics. Without them a test is skipped on a laptop and fails when {@code CI=true}.
 */
public final class RenderedWorkbook {
  /** Resolution of page images: enough to count bar pixels. */
  public static final int DPI = 60;
  private static final Pattern WORD_BOX = Pattern.compile(
      "<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\"");
  private static final Pattern WORD = Pattern.compile("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\""
      + " xMax=\"([\\d.]+)\" yMax=\"[\\d.]+\">([^<]*)</word>");
  private static final Pattern FOOTER = Pattern.compile("^\\s*(\\S.*?)\\s{2,}Page \\d+ of \\d+\\s*$");

  private final Path pdf;
  private final List<String> pageTexts;

  private RenderedWorkbook(Path pdf, List<String> pageTexts) {
    this.pdf = pdf;
    this.pageTexts = pageTexts;
  }

  /** Skips the calling test when the tools are missing, or fails it when {@code CI=true}. */
  public static void requireTools() {
    for (String tool : List.of("soffice", "pdftotext", "pdftoppm")) {
      if (!onPath(tool)) {
        String why = tool + " is not installed (libreoffice-calc, poppler-utils; see .ci/run)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
          fail("CI=true and " + why + ": the render tests must run in CI");
        }
        Assumptions.abort(why);
      }
    }
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Converts {@code xlsx} to PDF in {@code workDir}, with a LibreOffice profile of its own there
   * (parallel or crashed runs cannot lock each other out).
   */
  public static RenderedWorkbook render(Path xlsx, Path workDir) {
    Path out = workDir.resolve("pdf");
    String profile = workDir.resolve("lo-profile").toUri().toString();
    run(180, "soffice", "--headless", "--norestore", "-env:UserInstallation=" + profile,
        "--convert-to", "pdf", "--outdir", out.toString(), xlsx.toString());
    Path pdf = out.resolve(xlsx.getFileName().toString().replaceFirst("\\.xlsx$", ".pdf"));
    if (!Files.isRegularFile(pdf)) {
      throw new IllegalStateException("LibreOffice wrote no " + pdf);
    }
    // pdftotext ends every page with a form feed
    List<String> pages = new ArrayList<>(List.of(
        run(60, "pdftotext", "-layout", pdf.toString(), "-").split("\f", -1)));
    if (!pages.isEmpty() && pages.get(pages.size() - 1).isBlank()) {
      pages.remove(pages.size() - 1);
    }
    return new RenderedWorkbook(pdf, pages);
  }

  public int pageCount() {
    return pageTexts.size();
  }

  /** The text of a 1-based page, laid out as printed. */
  public String pageText(int page) {
    return pageTexts.get(page - 1);
  }

  /** The sheet a 1-based page prints, from its footer ("Sheet name ... Page n of m"). */
  public String sheetOf(int page) {
    String[] lines = pageText(page).strip().split("\n");
    Matcher footer = FOOTER.matcher(lines[lines.length - 1]);
    if (!footer.matches()) {
      throw new AssertionError("page " + page + " has no footer: " + lines[lines.length - 1]);
    }
    return footer.group(1);
  }

  /** The 1-based page whose text contains {@code text}; fails unless exactly one does. */
  public int pageWithText(String text) {
    int found = -1;
    for (int i = 0; i < pageTexts.size(); i++) {
      if (pageTexts.get(i).contains(text)) {
        if (found != -1) {
          throw new AssertionError("\"" + text + "\" is on pages " + found + " and " + (i + 1));
        }
        found = i + 1;
      }
    }
    if (found == -1) {
      throw new AssertionError("no page shows \"" + text + "\"");
    }
    return found;
  }

  /** One page as an image at {@link #DPI}. */
  public BufferedImage pageImage(int page) {
    Path png = pdf.resolveSibling(pdf.getFileName() + "-p" + page);
    run(60, "pdftoppm", "-png", "-singlefile", "-r", String.valueOf(DPI), "-f",
        String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), png.toString());
    try {
      return ImageIO.read(png.resolveSibling(png.getFileName() + ".png").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The median height of the words on a 1-based page, in points: about 1.2 times the printed font
   * size (11 pt text printed at 100 % measures about 13.4 pt).
   */
  public double medianWordHeight(int page) {
    String html = run(60, "pdftotext", "-bbox", "-f", String.valueOf(page), "-l",
        String.valueOf(page), pdf.toString(), "-");
    List<Double> heights = new ArrayList<>();
    Matcher word = WORD_BOX.matcher(html);
    while (word.find()) {
      heights.add(Double.parseDouble(word.group(2)) - Double.parseDouble(word.group(1)));
    }
    heights.sort(null);
    return heights.isEmpty() ? 0 : heights.get(heights.size() / 2);
  }

  /**
   * The horizontal space, in points, between the first word {@code word} on a 1-based page and
   * the word printed just before it on its line: how far a cell's text stays from the value of
   * the column to its left (a space inside one cell measures about 2 pt at 64 %).
   *
   * @throws AssertionError when the page has no such word, or nothing before it on its line
   */
  public double gapBefore(int page, String word) {
    String html = run(60, "pdftotext", "-bbox", "-f", String.valueOf(page), "-l",
        String.valueOf(page), pdf.toString(), "-");
    List<double[]> boxes = new ArrayList<>();
    double[] target = null;
    Matcher m = WORD.matcher(html);
    while (m.find()) {
      double[] box = {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
          Double.parseDouble(m.group(3))};
      boxes.add(box);
      if (target == null && m.group(4).equals(word)) {
        target = box;
      }
    }
    if (target == null) {
      throw new AssertionError("page " + page + " has no word " + word);
    }
    double gap = Double.MAX_VALUE;
    for (double[] box : boxes) {
      if (Math.abs(box[1] - target[1]) < 1 && box[2] <= target[0]) {
        gap = Math.min(gap, target[0] - box[2]);
      }
    }
    if (gap == Double.MAX_VALUE) {
      throw new AssertionError("nothing before " + word + " on its line, page " + page);
    }
    return gap;
  }

  /** Pixels within {@code tolerance} (per channel) of {@code colour}: a series' painted area. */
  public static long pixelsNear(BufferedImage image, Color colour, int tolerance) {
    long n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        if (Math.abs(((rgb >> 16) & 0xff) - colour.getRed()) <= tolerance
            && Math.abs(((rgb >> 8) & 0xff) - colour.getGreen()) <= tolerance
            && Math.abs((rgb & 0xff) - colour.getBlue()) <= tolerance) {
          n++;
        }
      }
    }
    return n;
  }

  private static String run(int seconds, String... command) {
    try {
      Path out = Files.createTempFile("render", ".out");
      Path err = Files.createTempFile("render", ".err");
      try {
        Process p = new ProcessBuilder(command).redirectError(err.toFile())
            .redirectOutput(out.toFile()).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new IllegalStateException("timed out after " + seconds + " s: " + command[0]);
        }
        if (p.exitValue() != 0) {
          throw new IllegalStateException(command[0] + " exited " + p.exitValue() + ": "
              + Files.readString(err, StandardCharsets.UTF_8));
        }
        return Files.readString(out, StandardCharsets.UTF_8);
      } finally {
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
