package cn.gov.zhangye.credit.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Who owns which table, as docs/architecture.md lists it, and the places in sources where a feature
 * names a table in SQL that it does not own.
 */
final class TableOwnership {

  private static final Pattern OWNER_ROW = Pattern.compile("^\\| `([a-z]+)` \\| ([^|]*)\\|");
  private static final Pattern BACKTICKED = Pattern.compile("`([a-z_]+)`");
  private static final Pattern FEATURE =
      Pattern.compile("cn/gov/zhangye/credit/([a-z]+)/[^\\s]*\\.java(\\.txt)?$");
  private static final Pattern CREATED =
      Pattern.compile("CREATE TABLE (?:IF NOT EXISTS )?([a-z_]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern DROPPED =
      Pattern.compile("DROP TABLE (?:IF EXISTS )?([a-z_]+)", Pattern.CASE_INSENSITIVE);

  private final Map<String, String> ownerOf;

  private TableOwnership(Map<String, String> ownerOf) {
    this.ownerOf = ownerOf;
  }

  /** The table "Who owns what" of {@code architecture}, the markdown of docs/architecture.md. */
  static TableOwnership listedIn(Path architecture) {
    Map<String, String> ownerOf = new LinkedHashMap<>();
    boolean inTable = false;
    for (String line : read(architecture).split("\n")) {
      if (line.startsWith("## ")) {
        inTable = line.startsWith("## Who owns what");
        continue;
      }
      Matcher row = OWNER_ROW.matcher(line);
      if (inTable && row.find()) {
        Matcher table = BACKTICKED.matcher(row.group(2));
        while (table.find()) {
          ownerOf.put(table.group(1), row.group(1));
        }
      }
    }
    if (ownerOf.isEmpty()) {
      throw new IllegalStateException("No ownership table in " + architecture);
    }
    return new TableOwnership(ownerOf);
  }

  Set<String> tables() {
    return ownerOf.keySet();
  }

  /** Each place under {@code root} where a source names a table of another feature in SQL. */
  List<String> foreignNames(Path root) {
    List<String> found = new ArrayList<>();
    for (Path source : sources(root)) {
      Matcher feature = FEATURE.matcher(source.toString().replace('\\', '/'));
      String reader = feature.find() ? feature.group(1) : "adapter";
      for (String sql : SqlLiterals.in(read(source))) {
        ownerOf.forEach(
            (table, owner) -> {
              if (!owner.equals(reader) && names(sql, table)) {
                found.add(
                    root.relativize(source) + ": " + reader + " names " + owner + "'s " + table);
              }
            });
      }
    }
    return found;
  }

  /** The tables the migrations under {@code migrations} leave: created and not dropped. */
  static Set<String> migrated(Path migrations) {
    Set<String> tables = new LinkedHashSet<>();
    try (Stream<Path> files = Files.list(migrations)) {
      for (Path migration : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
        String sql = read(migration);
        CREATED.matcher(sql).results().forEach(created -> tables.add(created.group(1)));
        DROPPED.matcher(sql).results().forEach(dropped -> tables.remove(dropped.group(1)));
      }
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    return tables;
  }

  private static boolean names(String sql, String table) {
    return Pattern.compile("(?<![A-Za-z0-9_])" + table + "(?![A-Za-z0-9_])").matcher(sql).find();
  }

  private static List<Path> sources(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".java.txt"))
          .sorted()
          .toList();
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }
}
