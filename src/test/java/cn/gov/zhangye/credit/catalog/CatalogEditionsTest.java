package cn.gov.zhangye.credit.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.testing.TestDatabase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogEditionsTest {

  @Inject Catalog catalog;
  @Inject CatalogEditions editions;

  @Test
  void theRunningEditionIsRecordedWithItsContentHash() throws SQLException {
    String version = catalog.manifest().version();
    try (Connection connection = TestDatabase.connect();
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT content_sha256 FROM catalog_edition WHERE version = ?")) {
      select.setString(1, version);
      try (ResultSet result = select.executeQuery()) {
        assertTrue(result.next(), "no row for catalogue " + version);
        assertEquals(editions.contentHash(), result.getString(1));
        assertTrue(result.getString(1).matches("[0-9a-f]{64}"));
      }
    }
  }
}
