package cn.gov.zhangye.credit.access.client;

import cn.gov.zhangye.credit.access.Scopes;
import cn.gov.zhangye.credit.catalog.Catalog;
import cn.gov.zhangye.credit.catalog.RecordType;
import cn.gov.zhangye.credit.catalog.SharingLevel;
import cn.gov.zhangye.credit.catalog.region.Regions;
import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules a client's members keep: the shape of ids, names and plans, scopes of {@link
 * Scopes#ALL}, record types of the catalogue, and a known division code for counties only. Each
 * broken rule is a violation pointing at the member of the request.
 */
@ApplicationScoped
class ClientChecks {

  static final String ID_PATTERN = "^[a-z][a-z0-9-]{1,62}[a-z0-9]$";
  static final String PLAN_PATTERN = "^[a-z][a-z0-9-]{0,62}$";
  static final int DISPLAY_NAME_MAX = 200;

  private static final Pattern ID = Pattern.compile(ID_PATTERN);
  private static final Pattern PLAN = Pattern.compile(PLAN_PATTERN);
  private static final Pattern DIVISION_CODE = Pattern.compile("^[0-9]{6}$");

  private final Catalog catalog;
  private final Regions regions;

  ClientChecks(Catalog catalog, Regions regions) {
    this.catalog = catalog;
    this.regions = regions;
  }

  List<Violation> ofNew(NewClient client) {
    List<Violation> violations = new ArrayList<>();
    if (client.id() == null) {
      violations.add(required("id"));
    } else if (!ID.matcher(client.id()).matches()) {
      violations.add(new Violation("/id", "pattern", new Text("violation.client.id")));
    }
    if (client.displayName() == null) {
      violations.add(required("displayName"));
    }
    if (client.kind() == null) {
      violations.add(required("kind"));
    }
    if (client.plan() == null) {
      violations.add(required("plan"));
    }
    if (client.kind() == ClientKind.COUNTY && client.divisionCode() == null) {
      violations.add(
          new Violation(
              "/divisionCode", "required", new Text("violation.client.division-required")));
    }
    violations.addAll(ofChanges(Optional.ofNullable(client.kind()), client.changes()));
    return violations;
  }

  /** The violations of {@code changes} to a client of {@code kind}, when the kind is known. */
  List<Violation> ofChanges(Optional<ClientKind> kind, ClientChanges changes) {
    List<Violation> violations = new ArrayList<>();
    String name = changes.displayName();
    if (name != null && (name.isBlank() || name.strip().length() > DISPLAY_NAME_MAX)) {
      violations.add(
          new Violation(
              "/displayName",
              name.isBlank() ? "minLength" : "maxLength",
              new Text("violation.client.display-name", DISPLAY_NAME_MAX)));
    }
    if (changes.plan() != null && !PLAN.matcher(changes.plan()).matches()) {
      violations.add(new Violation("/plan", "pattern", new Text("violation.client.plan")));
    }
    eachOf("/scopes", changes.scopes(), this::scope, violations);
    eachOf("/submittableRecordTypes", changes.submittableRecordTypes(), this::known, violations);
    eachOf(
        "/conditionalRecordTypes", changes.conditionalRecordTypes(), this::conditional, violations);
    if (changes.divisionCode() != null) {
      division(kind, changes.divisionCode()).ifPresent(violations::add);
    }
    if (changes.unknownMembers() != null) {
      changes.unknownMembers().keySet().stream()
          .sorted()
          .map(
              member ->
                  new Violation(
                      "/" + member.replace("~", "~0").replace("/", "~1"),
                      "unknown-member",
                      new Text("violation.client.unknown-member", member)))
          .forEach(violations::add);
    }
    return violations;
  }

  private Optional<Violation> scope(String pointer, String scope) {
    return scope != null && Scopes.ALL.contains(scope)
        ? Optional.empty()
        : Optional.of(
            new Violation(
                pointer,
                "enum",
                new Text("violation.client.scope", scope, String.join(" / ", Scopes.ALL))));
  }

  private Optional<Violation> known(String pointer, String code) {
    return catalog.recordType(code).isPresent()
        ? Optional.empty()
        : Optional.of(unknownRecordType(pointer, code));
  }

  private Optional<Violation> conditional(String pointer, String code) {
    Optional<RecordType> type = catalog.recordType(code);
    if (type.isEmpty()) {
      return Optional.of(unknownRecordType(pointer, code));
    }
    return type.get().sharing() == SharingLevel.CONDITIONAL
        ? Optional.empty()
        : Optional.of(
            new Violation(
                pointer, "not-conditional", new Text("violation.client.not-conditional", code)));
  }

  private Optional<Violation> division(Optional<ClientKind> kind, String code) {
    if (kind.isPresent() && kind.get() != ClientKind.COUNTY) {
      return Optional.of(
          new Violation(
              "/divisionCode", "not-allowed", new Text("violation.client.division-not-allowed")));
    }
    if (!DIVISION_CODE.matcher(code).matches()) {
      return Optional.of(
          new Violation("/divisionCode", "pattern", new Text("violation.client.division-format")));
    }
    return regions.division(code).isPresent()
        ? Optional.empty()
        : Optional.of(
            new Violation(
                "/divisionCode",
                "unknown-division",
                new Text("violation.client.division-unknown", code)));
  }

  private static void eachOf(
      String pointer, List<String> values, Check check, List<Violation> violations) {
    if (values == null) {
      return;
    }
    for (int index = 0; index < values.size(); index++) {
      check.of(pointer + "/" + index, values.get(index)).ifPresent(violations::add);
    }
  }

  private static Violation unknownRecordType(String pointer, String code) {
    return new Violation(
        pointer, "unknown-record-type", new Text("violation.client.record-type", code));
  }

  private static Violation required(String member) {
    return new Violation("/" + member, "required", new Text("violation.client.required", member));
  }

  @FunctionalInterface
  private interface Check {
    Optional<Violation> of(String pointer, String value);
  }
}
