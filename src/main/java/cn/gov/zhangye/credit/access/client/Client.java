package cn.gov.zhangye.credit.access.client;

import java.util.Optional;
import java.util.Set;

/**
 * A registered caller of the API: an organisation, never a person.
 *
 * @param plan the rate-limit plan by name (see {@code credit.rate-limit.plans})
 * @param scopes the scopes it may be granted in tokens
 * @param submittableRecordTypes for submitters: the record types it may submit
 * @param divisionCode for a county: its six-digit division code
 * @param conditionalRecordTypes for agencies: the conditional-sharing record types granted to it
 * @param personQueryLicensed for agencies: licensed for personal credit queries
 */
public record Client(
    String id,
    String displayName,
    ClientKind kind,
    ClientStatus status,
    String plan,
    Set<String> scopes,
    Set<String> submittableRecordTypes,
    Optional<String> divisionCode,
    Set<String> conditionalRecordTypes,
    boolean personQueryLicensed) {

  public Client {
    scopes = Set.copyOf(scopes);
    submittableRecordTypes = Set.copyOf(submittableRecordTypes);
    conditionalRecordTypes = Set.copyOf(conditionalRecordTypes);
  }

  public boolean active() {
    return status == ClientStatus.ACTIVE;
  }
}
