package cn.gov.zhangye.credit.query;

import cn.gov.zhangye.credit.catalog.code.SubjectCodes;
import cn.gov.zhangye.credit.platform.paging.Page;
import cn.gov.zhangye.credit.platform.paging.RequestedPage;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds organisations by a part or the start of their name, or by the start of their code, in one
 * statement: names through the bigram index of migration V6, prefixes through the byte-ordered
 * indexes, in the order of those indexes. Only organisations with a record the agency may see are
 * found. Persons are never found here.
 */
@ApplicationScoped
class SubjectSearch {

  /** The end of every string that starts with a prefix, in byte order. */
  private static final String HIGHEST = new String(Character.toChars(Character.MAX_CODE_POINT));

  private static final String VISIBLE_RECORD =
      "EXISTS (SELECT 1 FROM credit_record c WHERE c.legal_person_id = s.id"
          + " AND c.record_type = ANY(%s::text[]) AND c.status = 'ACTIVE'"
          + " AND (c.publication_until IS NULL OR c.publication_until >= %s))";

  private final Pool database;
  private final SubjectCodes codes;
  private final Visibility visibility;
  private final Profiles profiles;

  @Inject
  SubjectSearch(Pool database, SubjectCodes codes, Visibility visibility, Profiles profiles) {
    this.database = database;
    this.codes = codes;
    this.visibility = visibility;
    this.profiles = profiles;
  }

  Uni<SearchPage> organisations(
      Agency agency, SearchCriteria criteria, RequestedPage<SearchKey> requested) {
    Statement statement = new Statement();
    String today = statement.parameter(codes.today());
    String readable = statement.parameter(visibility.readableTypes(agency).toArray(String[]::new));
    String order = criteria.byCode() ? "s.credit_code COLLATE \"C\"" : "s.name COLLATE \"C\"";
    StringBuilder sql =
        new StringBuilder("SELECT s.id, s.credit_code, s.name, s.division_code, ")
            .append(order)
            .append(" AS sort_key, ")
            .append(listed(statement, profiles.blackListTypes(), today))
            .append(" AS black, ")
            .append(listed(statement, profiles.redListTypes(), today))
            .append(" AS red FROM legal_person s WHERE ");
    if (criteria.byCode() || criteria.prefix()) {
      sql.append(order)
          .append(" >= ")
          .append(statement.parameter(criteria.text()))
          .append(" AND ")
          .append(order)
          .append(" < ")
          .append(statement.parameter(criteria.text() + HIGHEST));
    } else {
      String text = statement.parameter(criteria.text());
      sql.append("name_bigrams(s.name) @> name_bigrams(")
          .append(text)
          .append(") AND strpos(lower(s.name), lower(")
          .append(text)
          .append(")) > 0");
    }
    sql.append(" AND ").append(VISIBLE_RECORD.formatted(readable, today));
    if (criteria.divisionPrefix() != null) {
      sql.append(" AND s.division_code LIKE ")
          .append(statement.parameter(criteria.divisionPrefix() + "%"));
    }
    if (criteria.onList() != null) {
      Set<String> types =
          criteria.onList() == SearchCriteria.ListFlag.BLACK
              ? profiles.blackListTypes()
              : profiles.redListTypes();
      sql.append(" AND ").append(listed(statement, types, today));
    }
    requested
        .after()
        .ifPresent(
            after ->
                sql.append(" AND (")
                    .append(order)
                    .append(", s.id) > (")
                    .append(statement.parameter(after.sortKey()))
                    .append(", ")
                    .append(statement.parameter(after.id()))
                    .append(")"));
    sql.append(" ORDER BY ")
        .append(order)
        .append(", s.id LIMIT ")
        .append(statement.parameter(requested.limit()));
    return database
        .preparedQuery(sql.toString())
        .execute(statement.tuple())
        .map(
            rows -> {
              List<Row> read = new ArrayList<>();
              rows.forEach(read::add);
              Page<Row> page =
                  requested.of(
                      read, row -> new SearchKey(row.getString("sort_key"), row.getLong("id")));
              return new SearchPage(page.items().stream().map(this::summary).toList(), page.next());
            });
  }

  private SubjectSummary summary(Row row) {
    return new SubjectSummary(
        row.getString("credit_code"),
        "ORGANISATION",
        row.getString("name"),
        profiles.region(row.getString("division_code")),
        new SubjectProfile.Flags(row.getBoolean("black"), row.getBoolean("red"), false));
  }

  private static String listed(Statement statement, Set<String> types, String today) {
    return VISIBLE_RECORD.formatted(
        statement.parameter(types.stream().sorted().toArray(String[]::new)), today);
  }

  /** The parameters of a statement being written, numbered as they are added. */
  private static final class Statement {
    private final List<Object> values = new ArrayList<>();

    String parameter(Object value) {
      values.add(value);
      return "$" + values.size();
    }

    Tuple tuple() {
      return Tuple.from(values);
    }
  }
}
