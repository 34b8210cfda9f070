package cn.gov.zhangye.credit.record;

import static cn.gov.zhangye.credit.testing.Callers.as;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.gov.zhangye.credit.subject.PersonalDataKeys;
import cn.gov.zhangye.credit.testing.TestDatabase;
import cn.gov.zhangye.credit.testing.TestRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Identity numbers typed into any string field of a record are masked in what is stored and
 * answered, and their originals sealed for their row and field.
 */
@QuarkusTest
class FreeTextIdentityNumbersTest {

  @Inject PersonalDataKeys keys;

  @Test
  void identityNumbersInFreeTextAreMaskedAndTheOriginalsSealedForTheirField() throws Exception {
    String company = TestRecords.newEnterprise("620702");
    String ref = TestRecords.sourceRef("free-text");
    ObjectNode penalty = TestRecords.penalty(ref, company, "张掖市甘州区自由文本商贸有限公司");
    as("demo-department")
        .contentType("application/json")
        .body(TestRecords.jsonArray(List.of(penalty)))
        .post("/api/v1/submissions")
        .then()
        .statusCode(200)
        .body("counts.created", equalTo(1));

    String facts =
        as("demo-agency")
            .get("/api/v1/subjects/" + company + "/records")
            .then()
            .statusCode(200)
            .extract()
            .path("items[0].fields.CF_SY");
    String number = TestRecords.FACTS_IDENTITY;
    assertEquals(
        "经抽检，当事人销售的电线电缆不合格（现场负责人身份证号 "
            + number.substring(0, 6)
            + "********"
            + number.substring(14)
            + "）。",
        facts);

    try (Connection db = TestDatabase.connect();
        PreparedStatement read =
            db.prepareStatement(
                "SELECT v.record_id, v.version, v.fields::text, v.sealed_fields::text, v.sealed"
                    + " FROM credit_record_version v JOIN credit_record c ON c.id = v.record_id"
                    + " WHERE c.source_ref = ?")) {
      read.setString(1, ref);
      try (ResultSet row = read.executeQuery()) {
        row.next();
        long recordId = row.getLong(1);
        int version = row.getInt(2);
        String stored = row.getString(3);
        assertFalse(stored.contains(TestRecords.FACTS_IDENTITY), stored);
        assertFalse(stored.contains(TestRecords.REMARKS_IDENTITY), stored);
        JsonNode sealed = TestRecords.JSON.readTree(row.getString(4));
        assertNull(row.getBytes(5));
        assertEquals(
            TestRecords.fields(penalty).get("CF_SY").asText(),
            keys.unseal(
                decode(sealed, "/CF_SY"),
                "credit_record_version/" + recordId + "/" + version + "/CF_SY"));
        assertEquals(
            TestRecords.fields(penalty).get("BZ").asText(),
            keys.unseal(
                decode(sealed, "/BZ"),
                "credit_record_version/" + recordId + "/" + version + "/BZ"));
        assertThrows(
            IllegalArgumentException.class,
            () ->
                keys.unseal(
                    decode(sealed, "/CF_SY"),
                    "credit_record_version/" + recordId + "/" + version + "/BZ"));
        assertThrows(
            IllegalArgumentException.class,
            () ->
                keys.unseal(
                    decode(sealed, "/CF_SY"),
                    "credit_record_version/" + (recordId + 1) + "/" + version + "/CF_SY"));
      }
    }
  }

  @Test
  void contentAndIdentityHashesUseSeparateKeys() {
    assertFalse(java.util.Arrays.equals(keys.hash("same text"), keys.contentHash("same text")));
  }

  private static byte[] decode(JsonNode sealed, String pointer) {
    return Base64.getDecoder().decode(sealed.get(pointer).asText());
  }
}
