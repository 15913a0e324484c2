package io.llmspend.batch.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Downloads: a month's or night's workbook, its CSV files as one zip, a month's FOCUS files.
 * Each with its content type and an attachment file name; a path is built from a parsed month or
 * date and a listed file name only ({@link ReportFiles}), anything else is 404.
 */
@RestController
@ConditionalOnWebApplication
class DownloadController {
  static final MediaType XLSX = MediaType.parseMediaType(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
  static final MediaType PARQUET = MediaType.parseMediaType("application/vnd.apache.parquet");
  static final MediaType ZIP = MediaType.parseMediaType("application/zip");
  private final ReportFiles files;

  DownloadController(ReportFiles files) {
    this.files = files;
  }

  @GetMapping("/files/monthly/{month}/workbook")
  ResponseEntity<Resource> monthlyWorkbook(@PathVariable String month) {
    return file(files.monthlyWorkbook(month(month)).orElseThrow(DownloadController::notFound),
        XLSX);
  }

  @GetMapping("/files/monthly/{month}/csv.zip")
  ResponseEntity<StreamingResponseBody> monthlyCsv(@PathVariable String month) {
    YearMonth m = month(month);
    return zip(files.csvFiles(files.monthlyFolder(m)), "llmspend-" + m + "-csv.zip");
  }

  @GetMapping("/files/monthly/{month}/focus/{name}")
  ResponseEntity<Resource> focus(@PathVariable String month, @PathVariable String name) {
    Path file = files.focusFile(month(month), name).orElseThrow(DownloadController::notFound);
    return file(file, name.endsWith(".parquet") ? PARQUET : CSV);
  }

  @GetMapping("/files/nightly/{date}/workbook")
  ResponseEntity<Resource> nightlyWorkbook(@PathVariable String date) {
    return file(files.nightlyWorkbook(date(date)).orElseThrow(DownloadController::notFound),
        XLSX);
  }

  @GetMapping("/files/nightly/{date}/csv.zip")
  ResponseEntity<StreamingResponseBody> nightlyCsv(@PathVariable String date) {
    LocalDate d = date(date);
    return zip(files.csvFiles(files.nightlyFolder(d)), "llmspend-" + d + "-csv.zip");
  }

  private static ResponseEntity<Resource> file(Path file, MediaType type) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.getFileName().toString()))
        .body(new FileSystemResource(file));
  }

  private static ResponseEntity<StreamingResponseBody> zip(List<Path> csv, String name) {
    if (csv.isEmpty()) {
      throw notFound();
    }
    StreamingResponseBody body = out -> write(csv, out);
    return ResponseEntity.ok().contentType(ZIP)
        .header(HttpHeaders.CONTENT_DISPOSITION, attachment(name)).body(body);
  }

  private static void write(List<Path> csv, OutputStream out) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Path file : csv) {
        zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
        Files.copy(file, zip);
        zip.closeEntry();
      }
    }
  }

  private static String attachment(String name) {
    return ContentDisposition.attachment().filename(name).build().toString();
  }

  private YearMonth month(String text) {
    return ReportFiles.month(text).orElseThrow(DownloadController::notFound);
  }

  private LocalDate date(String text) {
    return ReportFiles.date(text).orElseThrow(DownloadController::notFound);
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
