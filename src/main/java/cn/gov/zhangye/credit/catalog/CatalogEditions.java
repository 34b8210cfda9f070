package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.platform.Sha256;
import cn.gov.zhangye.credit.platform.database.SchemaReady;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Records in the database which catalogue edition the gateway runs with, and warns when an
 * edition's content changed without a new version: records are validated against an edition, so a
 * version must always mean the same rules.
 */
@ApplicationScoped
public class CatalogEditions {

  private static final Logger LOG = Logger.getLogger(CatalogEditions.class);

  private static final ObjectMapper CANONICAL =
      JsonMapper.builder()
          .findAndAddModules()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private final Catalog catalog;
  private final DataSource database;
  private final Clock clock;

  @Inject
  CatalogEditions(Catalog catalog, DataSource database, Clock clock) {
    this.catalog = catalog;
    this.database = database;
    this.clock = clock;
  }

  void record(@Observes SchemaReady ready) {
    String version = catalog.manifest().version();
    String sha256 = contentHash();
    try (Connection connection = database.getConnection()) {
      String recorded = recordedHash(connection, version);
      if (recorded != null && !recorded.equals(sha256)) {
        LOG.warnf(
            "Catalogue %s differs from the catalogue first run under that version; give changed"
                + " catalogue data a new version in catalog.json",
            version);
      }
      upsert(connection, version, sha256, clock.instant().atOffset(ZoneOffset.UTC));
    } catch (SQLException failure) {
      throw new IllegalStateException("Cannot record the catalogue edition " + version, failure);
    }
  }

  /** SHA-256 of the loaded catalogue in a canonical JSON form. */
  String contentHash() {
    try {
      byte[] canonical =
          CANONICAL.writeValueAsString(catalog.data()).getBytes(StandardCharsets.UTF_8);
      return Sha256.hex(Sha256.of(canonical));
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("Cannot hash the catalogue", impossible);
    }
  }

  private static String recordedHash(Connection connection, String version) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "SELECT content_sha256 FROM catalog_edition WHERE version = ?")) {
      select.setString(1, version);
      try (ResultSet result = select.executeQuery()) {
        return result.next() ? result.getString(1) : null;
      }
    }
  }

  private static void upsert(
      Connection connection, String version, String sha256, OffsetDateTime now)
      throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO catalog_edition (version, content_sha256, first_loaded_at,"
                + " last_loaded_at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (version) DO UPDATE SET last_loaded_at = excluded.last_loaded_at")) {
      upsert.setString(1, version);
      upsert.setString(2, sha256);
      upsert.setObject(3, now);
      upsert.setObject(4, now);
      upsert.executeUpdate();
    }
  }
}
