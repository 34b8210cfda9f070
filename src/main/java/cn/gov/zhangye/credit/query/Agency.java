package cn.gov.zhangye.credit.query;

import java.util.Set;

/**
 * The calling agency with what it may see.
 *
 * @param displayName its name in the client registry; its client id when the registry has none
 * @param conditionalRecordTypes the conditional-sharing record types granted to it
 * @param personScope whether its token carries {@code credit:query:person}
 * @param personQueryLicensed whether it is licensed for person queries
 */
public record Agency(
    String clientId,
    String displayName,
    Set<String> conditionalRecordTypes,
    boolean personScope,
    boolean personQueryLicensed) {

  public Agency {
    conditionalRecordTypes = Set.copyOf(conditionalRecordTypes);
  }
}
