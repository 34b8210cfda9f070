package cn.gov.zhangye.credit.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each table is named in SQL only by the feature that owns it, as docs/architecture.md lists the
 * owners; and that list names every table the migrations make.
 */
class TableOwnershipTest {

  private static final Path PROJECT = Path.of(System.getProperty("project.root", "."));
  private static final TableOwnership OWNERS =
      TableOwnership.listedIn(PROJECT.resolve("docs/architecture.md"));

  @Test
  void noFeatureNamesAnotherFeaturesTable() {
    List<String> foreign = new ArrayList<>();
    for (Path root : mainSourceRoots()) {
      foreign.addAll(OWNERS.foreignNames(root));
    }
    assertEquals(List.of(), foreign, "tables named outside their owner");
  }

  @Test
  void everyMigratedTableHasAnOwner() {
    assertEquals(
        new TreeSet<>(TableOwnership.migrated(PROJECT.resolve("src/main/resources/db/migration"))),
        new TreeSet<>(OWNERS.tables()),
        "the tables of the migrations and those of the ownership table in docs/architecture.md");
  }

  @Test
  void theScanFindsATableNamedByAnotherFeature() {
    Path fixture = PROJECT.resolve("src/test/resources/architecture/ownership-violation");
    assertEquals(
        List.of(
            "cn/gov/zhangye/credit/query/ReadingRecordsDirectly.java.txt:"
                + " query names record's credit_record"),
        OWNERS.foreignNames(fixture));
  }

  private static List<Path> mainSourceRoots() {
    List<Path> roots = new ArrayList<>(List.of(PROJECT.resolve("src/main/java")));
    Path adapters = PROJECT.resolve("adapters");
    if (Files.isDirectory(adapters)) {
      try (Stream<Path> found = Files.list(adapters)) {
        found
            .map(adapter -> adapter.resolve("src/main/java"))
            .filter(Files::isDirectory)
            .forEach(roots::add);
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
    }
    return roots;
  }
}
