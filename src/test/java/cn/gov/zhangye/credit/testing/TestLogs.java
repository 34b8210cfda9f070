package cn.gov.zhangye.credit.testing;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The log files the gateway writes under test (application.properties, {@code %test} profile: the
 * log and the access log), read from a mark onwards: what was logged since.
 */
public final class TestLogs {

  public static final Path DIRECTORY = Path.of("target/test-logs");

  private final Path directory;
  private final Map<Path, Long> marks = new LinkedHashMap<>();

  private TestLogs(Path directory) {
    this.directory = directory;
  }

  /** A mark at the current end of every log file of the gateway. */
  public static TestLogs mark() {
    return mark(DIRECTORY);
  }

  /** A mark at the current end of every log file in {@code directory}. */
  static TestLogs mark(Path directory) {
    TestLogs logs = new TestLogs(directory);
    logs.files().forEach(file -> logs.marks.put(file, size(file)));
    return logs;
  }

  /** What each log file received since the mark, by file. */
  public Map<Path, String> since() {
    Map<Path, String> written = new LinkedHashMap<>();
    files().forEach(file -> written.put(file, read(file, marks.getOrDefault(file, 0L))));
    return written;
  }

  /** The identity numbers in clear text logged since the mark, each with its file. */
  List<String> identityNumbersSince() {
    List<String> found = new ArrayList<>();
    since()
        .forEach(
            (file, text) ->
                UnmaskedIdentityNumbers.in(text)
                    .forEach(number -> found.add(number + " in " + file)));
    return found;
  }

  /** Everything logged since the mark, in all files. */
  public String allSince() {
    return String.join("\n", since().values());
  }

  private Stream<Path> files() {
    if (!Files.isDirectory(directory)) {
      return Stream.empty();
    }
    try (Stream<Path> listed = Files.list(directory)) {
      return listed.filter(file -> file.toString().endsWith(".log")).toList().stream();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException gone) {
      return 0;
    }
  }

  private static String read(Path file, long from) {
    try (RandomAccessFile log = new RandomAccessFile(file.toFile(), "r")) {
      // a file rotated or cleared since the mark is read from its start
      long start = log.length() < from ? 0 : from;
      byte[] bytes = new byte[(int) (log.length() - start)];
      log.seek(start);
      log.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
