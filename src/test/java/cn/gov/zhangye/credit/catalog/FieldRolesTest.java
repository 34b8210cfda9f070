package cn.gov.zhangye.credit.catalog;

import static cn.gov.zhangye.credit.catalog.Validation.CATALOG;
import static cn.gov.zhangye.credit.catalog.Validation.VALIDATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gov.zhangye.credit.catalog.FieldRoles.DateOrder;
import cn.gov.zhangye.credit.catalog.FieldRoles.IdentityNumberRole;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldRolesTest {

  private static final RecordType PENALTY = CATALOG.requireRecordType("ADMIN_PENALTY");

  @Test
  void penaltyRolesAreLoaded() {
    assertEquals(
        new FieldRoles(
            new SubjectRoles(
                "CF_XDR_MC",
                Optional.of("CF_XDR_LB"),
                Optional.of("CF_XDR_SHXYM"),
                Optional.of("CF_XDR_GSZC"),
                Optional.of("CF_XDR_ZJHM"),
                Optional.of("CF_XDR_ZJLX")),
            Optional.of("CF_CFJGDM"),
            List.of("CF_XDR_SHXYM", "CF_CFJGDM", "CF_SJLYDM"),
            List.of(
                new IdentityNumberRole("CF_XDR_ZJHM", Optional.of("CF_XDR_ZJLX")),
                new IdentityNumberRole("CF_FR_ZJHM", Optional.of("CF_FR_ZJLX"))),
            List.of(new DateOrder("CF_JDRQ", "CF_YXQ"), new DateOrder("CF_JDRQ", "CF_GSJZQ"))),
        PENALTY.roles());
  }

  @Test
  void everyRecordTypeNamesItsSubjectAndAuthority() {
    for (RecordType type : CATALOG.recordTypes()) {
      assertEquals(true, type.hasField(type.roles().subject().name()), type.code());
      assertEquals(true, type.roles().authorityCreditCode().isPresent(), type.code());
    }
  }

  @Test
  void organisationIsReadFromTheFieldsWhateverTheKeys() {
    ObjectNode fields = SampleRecords.penalty();
    fields.set("行政相对人名称", fields.remove("CF_XDR_MC"));

    ObjectNode byCode = VALIDATOR.fieldsByCode(PENALTY, fields);

    assertEquals(
        new ClaimedSubject(
            Optional.of("张掖市甘州区祁连商贸有限公司"),
            Optional.of("法人及非法人组织"),
            Optional.of("91620702MA72TQ3P4L"),
            Optional.empty(),
            Optional.empty(),
            Optional.empty()),
        PENALTY.roles().subject().claimedIn(byCode));
    assertEquals(
        Optional.of(SubjectKind.ORGANISATION), PENALTY.roles().subject().claimedIn(byCode).kind());
    assertEquals(Optional.of("11620702013928473R"), PENALTY.roles().authorityCreditCodeIn(byCode));
  }

  @Test
  void personIsReadFromTheFields() {
    ClaimedSubject person =
        PENALTY
            .roles()
            .subject()
            .claimedIn(VALIDATOR.fieldsByCode(PENALTY, SampleRecords.personPenalty()));

    assertEquals(Optional.of(SubjectKind.PERSON), person.kind());
    assertEquals(Optional.of("620702199003071232"), person.identityNumber());
    assertEquals(Optional.of("身份证"), person.identityType());
    assertEquals(Optional.empty(), person.creditCode());
  }

  @Test
  void typeWithoutAFieldClaimsNothingForIt() {
    RecordType abnormal = CATALOG.requireRecordType("ABNORMAL_OPERATION");
    ObjectNode fields =
        SampleRecords.fields("{\"YC_ZTMC\": \"某店\", \"YC_ZCH\": \"620702600123456\"}");

    ClaimedSubject claimed = abnormal.roles().subject().claimedIn(fields);

    assertEquals(Optional.of("620702600123456"), claimed.registrationNumber());
    assertEquals(Optional.empty(), claimed.identityNumber());
    assertEquals(Optional.empty(), claimed.kind());
  }
}
