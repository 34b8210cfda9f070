package cn.gov.zhangye.credit.testing;

import cn.gov.zhangye.credit.platform.database.EmbeddedDatabase;
import cn.gov.zhangye.credit.platform.database.EmbeddedPostgresTestResource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Plain JDBC on the test database, to check what was stored. */
public final class TestDatabase {

  private TestDatabase() {}

  /** The single long of a query's single row. */
  public static long count(String sql, Object... parameters) {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getLong(1);
      }
    } catch (SQLException failed) {
      throw new IllegalStateException(failed);
    }
  }

  public static void execute(String sql, Object... parameters) {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.execute();
    } catch (SQLException failed) {
      throw new IllegalStateException(failed);
    }
  }

  /** A connection as the superuser, which may look at and change everything. */
  public static Connection connect() throws SQLException {
    return EmbeddedPostgresTestResource.connect(EmbeddedDatabase.SUPERUSER);
  }
}
