package cn.gov.zhangye.credit.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every page of docs/ is reachable: listed in docs/index.md, each decision record in adr/. */
class DocsIndexTest {

  private static final Path DOCS = Path.of(System.getProperty("project.root", "."), "docs");

  @Test
  void theIndexListsEveryPage() throws IOException {
    assertEquals(List.of(), unlisted(DOCS, "index.md"), "pages docs/index.md does not link");
  }

  @Test
  void theDecisionRecordsListEveryRecord() throws IOException {
    assertEquals(
        List.of(), unlisted(DOCS.resolve("adr"), "README.md"), "records adr/README.md misses");
  }

  /**
   * The pages of {@code folder} that its {@code index} does not link: its markdown files, and the
   * README of each sub-folder.
   */
  private static List<String> unlisted(Path folder, String index) throws IOException {
    String listing = Files.readString(folder.resolve(index));
    try (Stream<Path> files = Files.walk(folder, 2)) {
      return files
          .map(file -> folder.relativize(file).toString().replace('\\', '/'))
          .filter(page -> page.matches("[^/]+\\.md|[^/]+/README\\.md"))
          .filter(page -> !page.equals(index))
          .filter(
              page -> !listing.contains("](" + page + ")") && !listing.contains("](" + page + "#"))
          .sorted()
          .toList();
    }
  }
}
