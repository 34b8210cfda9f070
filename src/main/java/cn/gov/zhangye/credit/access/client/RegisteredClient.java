package cn.gov.zhangye.credit.access.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A client as stored: its grants, its status and the hash of its secret. */
@Entity
@Table(name = "client")
class RegisteredClient {

  @Id private String id;

  @Column(name = "display_name")
  private String displayName;

  @Enumerated(EnumType.STRING)
  private ClientKind kind;

  @Enumerated(EnumType.STRING)
  private ClientStatus status;

  private String plan;
  private String[] scopes;

  @Column(name = "submittable_record_types")
  private String[] submittableRecordTypes;

  @Column(name = "division_code")
  private String divisionCode;

  @Column(name = "conditional_record_types")
  private String[] conditionalRecordTypes;

  @Column(name = "person_query_licensed")
  private boolean personQueryLicensed;

  @Column(name = "secret_hash")
  private String secretHash;

  @Column(name = "secret_rotated_at")
  private Instant secretRotatedAt;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Version private long version;

  protected RegisteredClient() {}

  /** A new, active client as {@code draft} describes it; checking the draft is the caller's job. */
  static RegisteredClient of(NewClient draft, String secretHash, Instant now) {
    RegisteredClient client = new RegisteredClient();
    client.id = draft.id();
    client.kind = draft.kind();
    client.status = ClientStatus.ACTIVE;
    client.secretHash = secretHash;
    client.secretRotatedAt = now;
    client.createdAt = now;
    client.change(draft.changes(), now);
    return client;
  }

  /** Applies the members {@code changes} gives; the others stay as they are. */
  void change(ClientChanges changes, Instant now) {
    if (changes.displayName() != null) {
      displayName = changes.displayName().strip();
    }
    if (changes.plan() != null) {
      plan = changes.plan();
    }
    if (changes.scopes() != null) {
      scopes = sorted(changes.scopes());
    }
    if (changes.submittableRecordTypes() != null) {
      submittableRecordTypes = sorted(changes.submittableRecordTypes());
    }
    if (changes.divisionCode() != null) {
      divisionCode = changes.divisionCode();
    }
    if (changes.conditionalRecordTypes() != null) {
      conditionalRecordTypes = sorted(changes.conditionalRecordTypes());
    }
    if (changes.personQueryLicensed() != null) {
      personQueryLicensed = changes.personQueryLicensed();
    }
    updatedAt = now;
  }

  void moveTo(ClientStatus target, Instant now) {
    if (status != target) {
      status = target;
      updatedAt = now;
    }
  }

  void replaceSecret(String newHash, Instant now) {
    secretHash = newHash;
    secretRotatedAt = now;
    updatedAt = now;
  }

  Client toClient() {
    return new Client(
        id,
        displayName,
        kind,
        status,
        plan,
        Set.of(scopes),
        Set.of(submittableRecordTypes),
        Optional.ofNullable(divisionCode),
        Set.of(conditionalRecordTypes),
        personQueryLicensed);
  }

  boolean active() {
    return status == ClientStatus.ACTIVE;
  }

  String secretHash() {
    return secretHash;
  }

  String id() {
    return id;
  }

  String displayName() {
    return displayName;
  }

  ClientKind kind() {
    return kind;
  }

  ClientStatus status() {
    return status;
  }

  String plan() {
    return plan;
  }

  List<String> scopes() {
    return List.of(scopes);
  }

  List<String> submittableRecordTypes() {
    return List.of(submittableRecordTypes);
  }

  Optional<String> divisionCode() {
    return Optional.ofNullable(divisionCode);
  }

  List<String> conditionalRecordTypes() {
    return List.of(conditionalRecordTypes);
  }

  boolean personQueryLicensed() {
    return personQueryLicensed;
  }

  Instant secretRotatedAt() {
    return secretRotatedAt;
  }

  Instant createdAt() {
    return createdAt;
  }

  Instant updatedAt() {
    return updatedAt;
  }

  private static String[] sorted(Collection<String> values) {
    return values.stream().distinct().sorted().toArray(String[]::new);
  }
}
