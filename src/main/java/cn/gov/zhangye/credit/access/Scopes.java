package cn.gov.zhangye.credit.access;

import java.util.List;

/** The OAuth2 scopes of the API; an operation declares the one it needs. */
public final class Scopes {

  public static final String RECORDS_SUBMIT = "records:submit";
  public static final String CREDIT_QUERY = "credit:query";
  public static final String CREDIT_QUERY_PERSON = "credit:query:person";
  public static final String LISTS_REVIEW = "lists:review";
  public static final String REDRESS_FILE = "redress:file";
  public static final String REDRESS_HANDLE = "redress:handle";
  public static final String EXCHANGE_ADMIN = "exchange:admin";
  public static final String STATS_READ = "stats:read";
  public static final String ADMIN = "admin";

  public static final List<String> ALL =
      List.of(
          RECORDS_SUBMIT,
          CREDIT_QUERY,
          CREDIT_QUERY_PERSON,
          LISTS_REVIEW,
          REDRESS_FILE,
          REDRESS_HANDLE,
          EXCHANGE_ADMIN,
          STATS_READ,
          ADMIN);

  private Scopes() {}
}
