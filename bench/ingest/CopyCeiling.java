import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The raw COPY ceiling of the ingest benchmark: {@code COPY}s the rows the generator wrote with
 * {@code --format csv} into the gateway's own tables, first the subjects ({@code legal_person},
 * {@code natural_person}, which the records' foreign keys need), then the records ({@code
 * credit_record}, the current version, and {@code credit_record_version}, its fields: both are what
 * the ingest writes per record). Each COPY is one statement in its own transaction, committed as
 * the gateway's server commits (synchronous_commit on); the columns are those of each file's
 * header.
 *
 * <p>With {@code --empty-tables true} it first empties the record and subject tables (and those
 * that refer to them) and runs a CHECKPOINT, so that the COPY starts from the same state as the
 * ingest did: a benchmark database only.
 *
 * <pre>
 * java -cp target/quarkus-app/lib/main/org.postgresql.postgresql-*.jar \
 *     bench/ingest/CopyCeiling.java --jdbc jdbc:postgresql://localhost:PORT/credit --in DIR
 *     [--user postgres] [--empty-tables true]
 * </pre>
 *
 * Prints one line {@code copy stored_before=… subjects=… subjects_ms=… records=… records_ms=…
 * rows_per_s=… table_mib=…}: stored_before is the rows credit_record held before (what the ingest
 * stored), rows_per_s is the records' two COPYs alone, table_mib both tables with their indexes.
 */
public class CopyCeiling {

  private static final String CSV = "(FORMAT csv, HEADER true)";

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    Path in = Path.of(options.get("in"));
    try (Connection connection =
        DriverManager.getConnection(
            options.get("jdbc"),
            options.getOrDefault("user", "postgres"),
            System.getenv("PGPASSWORD"))) {
      long storedBefore = recordCount(connection);
      if (Boolean.parseBoolean(options.getOrDefault("empty-tables", "false"))) {
        emptyTables(connection);
      }
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      long subjectsStarted = System.nanoTime();
      long subjects =
          copy(copy, "legal_person", in.resolve("legal_person.csv"))
              + copy(copy, "natural_person", in.resolve("natural_person.csv"));
      long subjectsMs = (System.nanoTime() - subjectsStarted) / 1_000_000;
      long recordsStarted = System.nanoTime();
      long records = copy(copy, "credit_record", in.resolve("credit_record.csv"));
      copy(copy, "credit_record_version", in.resolve("credit_record_version.csv"));
      long recordsMs = (System.nanoTime() - recordsStarted) / 1_000_000;
      System.out.printf(
          "copy stored_before=%d subjects=%d subjects_ms=%d records=%d records_ms=%d"
              + " rows_per_s=%.0f table_mib=%d%n",
          storedBefore,
          subjects,
          subjectsMs,
          records,
          recordsMs,
          records * 1000.0 / Math.max(1, recordsMs),
          tableMib(connection));
    }
  }

  /** COPYs {@code csv} into {@code table}, into the columns its header names. */
  private static long copy(CopyManager copy, String table, Path csv)
      throws SQLException, IOException {
    String columns;
    try (BufferedReader header = Files.newBufferedReader(csv)) {
      columns = header.readLine();
    }
    try (Reader reader = Files.newBufferedReader(csv)) {
      return copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN " + CSV, reader, 1 << 16);
    }
  }

  private static void emptyTables(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "TRUNCATE credit_record, credit_record_version, record_change, legal_person,"
              + " natural_person RESTART IDENTITY CASCADE");
      statement.execute(
          "VACUUM ANALYZE credit_record, credit_record_version, legal_person, natural_person");
      statement.execute("CHECKPOINT");
    }
  }

  private static long recordCount(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("SELECT count(*) FROM credit_record")) {
      count.next();
      return count.getLong(1);
    }
  }

  /** The size of the records' tables with indexes and TOAST, to compare with what ingest wrote. */
  private static long tableMib(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet size =
            statement.executeQuery(
                "SELECT (pg_total_relation_size('credit_record')"
                    + " + pg_total_relation_size('credit_record_version')) / 1048576")) {
      size.next();
      return size.getLong(1);
    }
  }
}
