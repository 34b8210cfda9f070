package cn.gov.zhangye.credit.access.token;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The table {@code token_revocation}: for each client with a revocation, the instant before which
 * its tokens were issued in vain. Blocking: call it on a worker or start-up thread.
 */
@ApplicationScoped
class RevocationRows {

  private final DataSource database;

  RevocationRows(DataSource database) {
    this.database = database;
  }

  /**
   * Revokes the tokens of {@code clientId} issued before {@code before}, unless a later revocation
   * is stored already; the instant now stored.
   */
  Instant revoke(String clientId, Instant before) {
    String sql =
        "INSERT INTO token_revocation (client_id, revoked_before) VALUES (?, ?)"
            + " ON CONFLICT (client_id) DO UPDATE SET revoked_before ="
            + " GREATEST(token_revocation.revoked_before, excluded.revoked_before)"
            + " RETURNING revoked_before";
    try (Connection connection = database.getConnection();
        PreparedStatement upsert = connection.prepareStatement(sql)) {
      upsert.setString(1, clientId);
      upsert.setTimestamp(2, Timestamp.from(before));
      try (ResultSet stored = upsert.executeQuery()) {
        stored.next();
        return stored.getTimestamp(1).toInstant();
      }
    } catch (SQLException failure) {
      throw new IllegalStateException("Cannot store the revocation of " + clientId, failure);
    }
  }

  /** Every stored revocation, by client id. */
  Map<String, Instant> all() {
    try (Connection connection = database.getConnection();
        PreparedStatement select =
            connection.prepareStatement("SELECT client_id, revoked_before FROM token_revocation");
        ResultSet rows = select.executeQuery()) {
      Map<String, Instant> revocations = new HashMap<>();
      while (rows.next()) {
        revocations.put(rows.getString(1), rows.getTimestamp(2).toInstant());
      }
      return revocations;
    } catch (SQLException failure) {
      throw new IllegalStateException("Cannot read the token revocations", failure);
    }
  }
}
