package cn.gov.zhangye.credit.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid records of the shipped catalogue, to be changed by a test as it needs. */
public final class TestRecords {

  public static final ObjectMapper JSON = new ObjectMapper();

  /** The city's market regulation bureau, the authority of the demo department's records. */
  public static final String CITY_AUTHORITY = TestCodes.authority("620700", 1001);

  private static final AtomicInteger SERIAL =
      new AtomicInteger((int) (System.nanoTime() % 1_000_000));

  /**
   * Identity numbers of bystanders typed into the free text of every fixture penalty (its facts and
   * remarks), so that each test that shows a record shows that they come out masked.
   */
  public static final String FACTS_IDENTITY = TestCodes.identityNumber("620702", "19850312", 417);

  public static final String REMARKS_IDENTITY = TestCodes.identityNumber("620721", "19921108", 53);

  private TestRecords() {}

  /** A unique source reference, so that tests never meet each other's records. */
  public static String sourceRef(String prefix) {
    return prefix + "-" + System.nanoTime() + "-" + SERIAL.incrementAndGet();
  }

  /** A new enterprise code in {@code division}, unique in this test run. */
  public static String newEnterprise(String division) {
    return TestCodes.enterprise(division, SERIAL.incrementAndGet() * 7919);
  }

  /** A fine of 2 万元 on an organisation, decided a week ago. */
  public static ObjectNode penalty(String sourceRef, String creditCode, String name) {
    LocalDate decided = LocalDate.now().minusDays(7);
    ObjectNode fields = JSON.createObjectNode();
    fields.put("CF_XDR_MC", name);
    fields.put("CF_XDR_LB", "法人及非法人组织");
    fields.put("CF_XDR_SHXYM", creditCode);
    fields.put("CF_WSH", "张市监罚〔2026〕" + sourceRef.hashCode() + "号");
    fields.put("CF_WFXW", "销售不合格产品");
    fields.put("CF_SY", "经抽检，当事人销售的电线电缆不合格（现场负责人身份证号 " + FACTS_IDENTITY + "）。");
    fields.put("BZ", "已送达，签收人身份证" + REMARKS_IDENTITY);
    fields.put("CF_YJ", "《中华人民共和国产品质量法》第四十九条");
    fields.set("CF_CFLB", JSON.createArrayNode().add("罚款"));
    fields.put("CF_NR", "罚款人民币贰万元整");
    fields.put("CF_NR_FK", 2);
    fields.put("CF_JDRQ", decided.toString());
    fields.put("CF_YXQ", decided.plusYears(1).toString());
    fields.put("CF_CFJG", "张掖市市场监督管理局");
    fields.put("CF_CFJGDM", CITY_AUTHORITY);
    fields.put("CF_SJLY", "张掖市市场监督管理局");
    fields.put("CF_SJLYDM", CITY_AUTHORITY);
    return record("ADMIN_PENALTY", sourceRef, fields);
  }

  /** A fine of 0.5 万元 on a person. */
  public static ObjectNode personPenalty(String sourceRef, String identityNumber, String name) {
    ObjectNode record = penalty(sourceRef, null, name);
    ObjectNode fields = (ObjectNode) record.get("fields");
    fields.remove("CF_XDR_SHXYM");
    fields.put("CF_XDR_LB", "自然人");
    fields.put("CF_XDR_ZJLX", "身份证");
    fields.put("CF_XDR_ZJHM", identityNumber);
    fields.put("CF_NR_FK", 0.5);
    return record;
  }

  /** A licence (行政许可) of an organisation, decided three days ago, valid for a year. */
  public static ObjectNode licence(String sourceRef, String creditCode, String name) {
    LocalDate decided = LocalDate.now().minusDays(3);
    ObjectNode fields = JSON.createObjectNode();
    fields.put("XK_XDR_MC", name);
    fields.put("XK_XDR_LB", "法人及非法人组织");
    fields.put("XK_XDR_SHXYM", creditCode);
    fields.put("XK_XKWS", "食品经营许可决定书");
    fields.put("XK_WSH", "张市监许〔2026〕" + Math.abs(sourceRef.hashCode()) + "号");
    fields.put("XK_XKLB", "普通");
    fields.put("XK_NR", "预包装食品销售");
    fields.put("XK_JDRQ", decided.toString());
    fields.put("XK_YXQZ", decided.toString());
    fields.put("XK_YXQZI", decided.plusYears(1).toString());
    fields.put("XK_XKJG", "张掖市市场监督管理局");
    fields.put("XK_XKJGDM", CITY_AUTHORITY);
    fields.put("XK_LYDW", "张掖市市场监督管理局");
    fields.put("XK_LYDWDM", CITY_AUTHORITY);
    return record("ADMIN_LICENCE", sourceRef, fields);
  }

  public static ObjectNode record(String recordType, String sourceRef, ObjectNode fields) {
    ObjectNode record = JSON.createObjectNode();
    record.put("recordType", recordType);
    record.put("sourceRef", sourceRef);
    record.set("fields", fields);
    return record;
  }

  public static ObjectNode fields(ObjectNode record) {
    return (ObjectNode) record.get("fields");
  }

  public static String jsonArray(List<ObjectNode> records) {
    ArrayNode array = JSON.createArrayNode();
    records.forEach(array::add);
    return array.toString();
  }

  public static String ndjson(List<ObjectNode> records) {
    StringBuilder body = new StringBuilder();
    records.forEach(record -> body.append(record).append('\n'));
    return body.toString();
  }
}
