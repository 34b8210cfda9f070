import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Loads the query benchmark's dataset straight into a running gateway's database with COPY: {@code
 * --organisations} organisations ({@code legal_person}), {@code --persons} persons ({@code
 * natural_person}, hashed and sealed with the gateway's own key file so that it finds and reads
 * them) and {@code --records} records ({@code credit_record} and version 1 in {@code
 * credit_record_version}), drawn by the ingest benchmark's generator (GenerateRecords.java) and
 * stored as the gateway stores them. Every organisation exists; records fall on random subjects
 * (about 5 per organisation and per person).
 *
 * <p>Fast, as PostgreSQL's "Populating a Database" advises: the four tables' keys, indexes and
 * foreign keys are dropped (their definitions read from the catalogue first), each table is
 * truncated and COPYed {@code FREEZE} in one transaction, heads and versions on two connections at
 * once from one pass of the generator; then the keys, indexes and foreign keys are created again
 * from the saved definitions (so validated), the identity sequences moved past the ids, VACUUM
 * ANALYZE, CHECKPOINT. {@code max_wal_size} is raised during the load and reset afterwards. The
 * change journal stays empty: an exchange would otherwise deliver millions of events during the
 * benchmark. It refuses a database that already holds subjects or records: a benchmark database
 * only; after a failure, discard the data directory.
 *
 * <pre>
 * javac -d CLASSES -cp PGJDBC.jar bench/generator/GenerateRecords.java bench/query/LoadQueryDataset.java
 * java -cp CLASSES:PGJDBC.jar LoadQueryDataset --jdbc jdbc:postgresql://localhost:PGPORT/credit
 *     --keys GATEWAY_DIR/data/personal-data/keys.json --out DIR [--organisations 1000000]
 *     [--persons 50000] [--records 5000000] [--seed 1] [--persons-share 0.05]
 *     [--as-of TODAY] [--history-days 365] [--client demo-department] [--sample 200]
 * </pre>
 *
 * Writes {@code DIR/organisation-codes.txt} (every organisation's code, one a line) and {@code
 * DIR/sample.ndjson} ({@code --sample} loaded records spread over the dataset, persons among them,
 * as a submission body: submitted again, the gateway must find every one {@code unchanged}). Prints
 * one line {@code load organisations=… persons=… records=… subjects_ms=… records_ms=…
 * constraints_ms=… vacuum_analyze_ms=… total_ms=… database_mib=…}.
 */
public class LoadQueryDataset {

  private static final String USAGE =
      "LoadQueryDataset --jdbc URL --keys KEY_FILE --out DIR [--organisations 1000000]"
          + " [--persons 50000] [--records 5000000] [--seed 1] [--persons-share 0.05]"
          + " [--as-of yyyy-MM-dd] [--history-days 365] [--client demo-department] [--sample 200]";

  private static final List<String> TABLES =
      List.of("legal_person", "natural_person", "credit_record", "credit_record_version");

  /** Bytes gathered before a write to a COPY stream. */
  private static final int FLUSH_BYTES = 1 << 16;

  public static void main(String[] args) throws Exception {
    Arguments given =
        Arguments.parse(
            args,
            USAGE,
            "jdbc",
            "keys",
            "out",
            "organisations",
            "persons",
            "records",
            "seed",
            "persons-share",
            "as-of",
            "history-days",
            "client",
            "sample");
    String jdbc = given.required("jdbc");
    Keyring keys = Keyring.read(Path.of(given.required("keys")));
    Path out = Path.of(given.required("out"));
    int recordCount = given.integer("records", 5_000_000);
    long seed = given.seed();
    // Decisions lie before today in China, as the gateway's "not in the future" check wants.
    LocalDate asOf = given.date("as-of", LocalDate.now(ZoneId.of("Asia/Shanghai")));
    Subjects subjects =
        new Subjects(
            seed, given.integer("organisations", 1_000_000), given.integer("persons", 50_000));
    RecordSource source =
        new RecordSource(
            seed,
            given.personsShare(),
            subjects,
            new Records(asOf, given.integer("history-days", 365)));
    StoredRows rows = new StoredRows(keys, given.text("client", "demo-department"));
    Files.createDirectories(out);

    long started = System.nanoTime();
    try (Connection connection =
        DriverManager.getConnection(jdbc, "postgres", System.getenv("PGPASSWORD"))) {
      refuseUnlessEmpty(connection);
      Schema schema = Schema.read(connection, TABLES);
      execute(connection, "ALTER SYSTEM SET max_wal_size = '16GB'", "SELECT pg_reload_conf()");
      try {
        schema.drop(connection);
        long subjectsMs = timed(() -> loadSubjects(connection, subjects, rows));
        long recordsMs = timed(() -> loadRecords(jdbc, source, rows, recordCount));
        long constraintsMs =
            timed(
                () -> {
                  execute(connection, "SET maintenance_work_mem = '1GB'");
                  schema.create(connection);
                  for (String table : List.of("legal_person", "natural_person", "credit_record")) {
                    execute(
                        connection,
                        "SELECT setval(pg_get_serial_sequence('%s', 'id'), (SELECT max(id) FROM %s))"
                            .formatted(table, table));
                  }
                });
        long vacuumMs =
            timed(() -> execute(connection, "VACUUM ANALYZE " + String.join(", ", TABLES)));
        execute(connection, "CHECKPOINT");
        writeCodes(out.resolve("organisation-codes.txt"), subjects);
        writeSample(
            out.resolve("sample.ndjson"), source, recordCount, given.integer("sample", 200));
        System.out.printf(
            "load organisations=%d persons=%d records=%d subjects_ms=%d records_ms=%d"
                + " constraints_ms=%d vacuum_analyze_ms=%d total_ms=%d database_mib=%d%n",
            subjects.organisations.length,
            subjects.persons.length,
            recordCount,
            subjectsMs,
            recordsMs,
            constraintsMs,
            vacuumMs,
            (System.nanoTime() - started) / 1_000_000,
            databaseMib(connection));
      } finally {
        if (!connection.getAutoCommit()) {
          connection.rollback();
          connection.setAutoCommit(true);
        }
        execute(connection, "ALTER SYSTEM RESET max_wal_size", "SELECT pg_reload_conf()");
      }
    }
  }

  private static void refuseUnlessEmpty(Connection connection) throws SQLException {
    for (String table : TABLES) {
      try (Statement statement = connection.createStatement();
          ResultSet any = statement.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
        if (any.next()) {
          throw new IllegalStateException(
              table + " is not empty: the dataset loads into a fresh gateway's database only");
        }
      }
    }
  }

  private static void loadSubjects(Connection connection, Subjects subjects, StoredRows rows)
      throws SQLException, IOException {
    StringBuilder csv = new StringBuilder(subjects.organisations.length * 160);
    for (int i = 0; i < subjects.organisations.length; i++) {
      rows.legalPerson(csv, i + 1, subjects.organisations[i]);
    }
    copyFrozen(connection, "legal_person", StoredRows.LEGAL_PERSON_COLUMNS, csv);
    csv.setLength(0);
    for (int i = 0; i < subjects.persons.length; i++) {
      rows.naturalPerson(csv, i + 1, subjects.persons[i]);
    }
    copyFrozen(connection, "natural_person", StoredRows.NATURAL_PERSON_COLUMNS, csv);
  }

  private static void copyFrozen(
      Connection connection, String table, String columns, CharSequence csv)
      throws SQLException, IOException {
    connection.setAutoCommit(false);
    execute(connection, "TRUNCATE " + table);
    try (Reader reader = new StringReader(csv.toString())) {
      copyManager(connection).copyIn(copySql(table, columns), reader, FLUSH_BYTES);
    }
    connection.commit();
    connection.setAutoCommit(true);
  }

  /**
   * Draws the records once and streams each one's head and version to two COPYs on two connections,
   * so that both tables load at once.
   */
  private static void loadRecords(String jdbc, RecordSource source, StoredRows rows, int count)
      throws SQLException {
    try (Stream heads = new Stream(jdbc, "credit_record", StoredRows.RECORD_COLUMNS);
        Stream versions = new Stream(jdbc, "credit_record_version", StoredRows.VERSION_COLUMNS)) {
      for (int index = 0; index < count; index++) {
        RecordSource.Drawn drawn = source.draw(index);
        rows.record(heads.line, versions.line, index + 1, drawn.record(), drawn.subjectIndex() + 1);
        heads.flushIfFull();
        versions.flushIfFull();
      }
      heads.finish();
      versions.finish();
    }
  }

  /** One table's COPY FREEZE in its own transaction on its own connection. */
  private static final class Stream implements AutoCloseable {

    final StringBuilder line = new StringBuilder(2 * FLUSH_BYTES);
    private final Connection connection;
    private final CopyIn copy;

    Stream(String jdbc, String table, String columns) throws SQLException {
      connection = DriverManager.getConnection(jdbc, "postgres", System.getenv("PGPASSWORD"));
      connection.setAutoCommit(false);
      execute(connection, "TRUNCATE " + table);
      copy = copyManager(connection).copyIn(copySql(table, columns));
    }

    void flushIfFull() throws SQLException {
      if (line.length() >= FLUSH_BYTES) {
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        line.setLength(0);
      }
    }

    void finish() throws SQLException {
      byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
      copy.writeToCopy(bytes, 0, bytes.length);
      copy.endCopy();
      connection.commit();
    }

    @Override
    public void close() throws SQLException {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
      connection.close();
    }
  }

  /**
   * The keys, unique constraints, indexes and foreign keys of some tables (foreign keys from other
   * tables to them included), as the catalogue defines them, to drop before a bulk load and to
   * create again after it.
   */
  private record Schema(List<String> keys, List<String> indexes, List<String> foreignKeys) {

    static Schema read(Connection connection, List<String> tables) throws SQLException {
      String oids =
          "ARRAY["
              + String.join(", ", tables.stream().map(t -> "'" + t + "'::regclass").toList())
              + "]";
      return new Schema(
          query(
              connection,
              "SELECT format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname,"
                  + " pg_get_constraintdef(oid)) FROM pg_constraint WHERE contype IN ('p', 'u')"
                  + " AND conrelid = ANY("
                  + oids
                  + ") ORDER BY conrelid, conname"),
          query(
              connection,
              "SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i WHERE i.indrelid = ANY("
                  + oids
                  + ") AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid ="
                  + " i.indexrelid) ORDER BY i.indexrelid"),
          query(
              connection,
              "SELECT format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname,"
                  + " pg_get_constraintdef(oid)) FROM pg_constraint WHERE contype = 'f'"
                  + " AND (conrelid = ANY("
                  + oids
                  + ") OR confrelid = ANY("
                  + oids
                  + ")) ORDER BY conrelid, conname"));
    }

    void drop(Connection connection) throws SQLException {
      for (String foreignKey : foreignKeys) {
        execute(connection, dropConstraint(foreignKey));
      }
      for (String index : indexes) {
        execute(
            connection,
            "DROP INDEX " + index.replaceFirst("^CREATE (UNIQUE )?INDEX (\\S+) .*", "$2"));
      }
      for (String key : keys) {
        execute(connection, dropConstraint(key));
      }
    }

    void create(Connection connection) throws SQLException {
      for (String statement : keys) {
        execute(connection, statement);
      }
      for (String statement : indexes) {
        execute(connection, statement);
      }
      for (String statement : foreignKeys) {
        execute(connection, statement);
      }
    }

    /** {@code ALTER TABLE t ADD CONSTRAINT c …} becomes {@code ALTER TABLE t DROP CONSTRAINT c}. */
    private static String dropConstraint(String addConstraint) {
      return addConstraint.replaceFirst(
          "^(ALTER TABLE \\S+) ADD CONSTRAINT (\\S+) .*", "$1 DROP CONSTRAINT $2");
    }

    private static List<String> query(Connection connection, String sql) throws SQLException {
      List<String> values = new ArrayList<>();
      try (Statement statement = connection.createStatement();
          ResultSet result = statement.executeQuery(sql)) {
        while (result.next()) {
          values.add(result.getString(1));
        }
      }
      return values;
    }
  }

  private static void writeCodes(Path file, Subjects subjects) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      for (Organisation organisation : subjects.organisations) {
        out.write(organisation.code());
        out.write('\n');
      }
    }
  }

  private static void writeSample(Path file, RecordSource source, int records, int sample)
      throws IOException {
    StringBuilder line = new StringBuilder(4096);
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      for (int i = 0; i < sample; i++) {
        line.setLength(0);
        Generator.ndjson(line, source.draw((int) ((long) i * records / sample)).record());
        out.write(line.append('\n').toString());
      }
    }
  }

  private static long databaseMib(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet size =
            statement.executeQuery("SELECT pg_database_size(current_database()) / 1048576")) {
      size.next();
      return size.getLong(1);
    }
  }

  private static CopyManager copyManager(Connection connection) throws SQLException {
    return connection.unwrap(PGConnection.class).getCopyAPI();
  }

  private static String copySql(String table, String columns) {
    return "COPY " + table + " (" + columns + ") FROM STDIN (FORMAT csv, FREEZE true)";
  }

  private static void execute(Connection connection, String... statements) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  private interface Step {
    void run() throws Exception;
  }

  private static long timed(Step step) throws Exception {
    long started = System.nanoTime();
    step.run();
    return (System.nanoTime() - started) / 1_000_000;
  }
}
