package cn.gov.zhangye.credit.submission.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Valid records written in any format, by a writer other than ours, read back as they were. */
class RoundTripProperties {

  private static final BigInteger MOST = new BigInteger("99999999999999999999");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> CSV_COLUMNS =
      List.of(
          "recordType",
          "sourceRef",
          "subjectKind",
          "subjectCode",
          "subjectName",
          "CF_SY",
          "CF_NR_FK",
          "CF_CFLB",
          "XK_NR");

  @Property(tries = 200)
  void ndjsonReadsBackEqual(@ForAll("batches") List<ObjectNode> records)
      throws JsonProcessingException {
    StringBuilder body = new StringBuilder();
    for (ObjectNode record : records) {
      body.append(JSON.writeValueAsString(record)).append('\n');
    }
    assertReadBack(records, BodyFormat.NDJSON, body.toString());
  }

  @Property(tries = 200)
  void jsonReadsBackEqual(@ForAll("batches") List<ObjectNode> records)
      throws JsonProcessingException {
    assertReadBack(
        records,
        BodyFormat.JSON,
        JSON.writerWithDefaultPrettyPrinter().writeValueAsString(records));
  }

  @Property(tries = 200)
  void csvReadsBackEqual(@ForAll("batches") List<ObjectNode> records)
      throws JsonProcessingException {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    CSV_COLUMNS.forEach(schema::addColumn);
    List<Map<String, String>> rows = records.stream().map(this::row).toList();
    assertReadBack(
        records, BodyFormat.CSV, new CsvMapper().writer(schema.build()).writeValueAsString(rows));
  }

  private void assertReadBack(List<ObjectNode> records, BodyFormat format, String body) {
    List<IncomingRecord> read = TestReaders.read(format, body);
    assertEquals(records, read.stream().map(IncomingRecord::record).toList(), body);
    for (int i = 0; i < read.size(); i++) {
      assertEquals(i, read.get(i).index());
      assertEquals(List.of(), read.get(i).defects());
    }
  }

  private Map<String, String> row(ObjectNode record) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("recordType", record.get("recordType").asText());
    row.put("sourceRef", record.get("sourceRef").asText());
    JsonNode subject = record.path("subject");
    row.put("subjectKind", subject.path("kind").asText(""));
    row.put("subjectCode", subject.path("code").asText(""));
    row.put("subjectName", subject.path("name").asText(""));
    record
        .get("fields")
        .properties()
        .forEach(
            field ->
                row.put(
                    field.getKey(),
                    field.getValue().isArray()
                        ? StreamSupport.stream(field.getValue().spliterator(), false)
                            .map(JsonNode::asText)
                            .collect(Collectors.joining("；"))
                        : field.getValue().isNumber()
                            ? field.getValue().decimalValue().toString()
                            : field.getValue().asText()));
    return row;
  }

  @Provide
  Arbitrary<List<ObjectNode>> batches() {
    return Arbitraries.oneOf(penalties(), licences()).list().ofMinSize(1).ofMaxSize(20);
  }

  private Arbitrary<ObjectNode> penalties() {
    Arbitrary<List<String>> kinds =
        Arbitraries.of("警告", "罚款", "没收违法所得", "责令停产停业").list().ofMinSize(1).ofMaxSize(3);
    return Combinators.combine(
            texts(), subjects(), texts().optional(), amounts().optional(), kinds.optional())
        .as(
            (sourceRef, subject, facts, fine, penaltyKinds) -> {
              ObjectNode fields = NODES.objectNode();
              facts.ifPresent(text -> fields.put("CF_SY", text));
              fine.ifPresent(amount -> fields.put("CF_NR_FK", amount));
              penaltyKinds.ifPresent(list -> list.forEach(fields.withArray("CF_CFLB")::add));
              return record("ADMIN_PENALTY", sourceRef, subject, fields);
            });
  }

  private Arbitrary<ObjectNode> licences() {
    return Combinators.combine(texts(), subjects(), texts().optional())
        .as(
            (sourceRef, subject, content) -> {
              ObjectNode fields = NODES.objectNode();
              content.ifPresent(text -> fields.put("XK_NR", text));
              return record("ADMIN_LICENCE", sourceRef, subject, fields);
            });
  }

  private static ObjectNode record(
      String type, String sourceRef, Optional<ObjectNode> subject, ObjectNode fields) {
    ObjectNode record = NODES.objectNode().put("recordType", type).put("sourceRef", sourceRef);
    subject.ifPresent(value -> record.set("subject", value));
    record.set("fields", fields);
    return record;
  }

  private Arbitrary<Optional<ObjectNode>> subjects() {
    return Combinators.combine(Arbitraries.of("ORGANISATION", "PERSON"), texts(), texts())
        .as(
            (kind, code, name) ->
                NODES.objectNode().put("kind", kind).put("code", code).put("name", name))
        .optional();
  }

  /** Non-blank texts with what CSV and JSON must quote or escape, and Chinese. */
  private Arbitrary<String> texts() {
    return Arbitraries.strings()
        .withChars("ab1 ,\"\n\t;；、{}[]:\\/'张掖市监罚〔〕号")
        .ofMinLength(1)
        .ofMaxLength(30)
        .filter(text -> !text.isBlank());
  }

  private Arbitrary<BigDecimal> amounts() {
    return Combinators.combine(
            Arbitraries.bigIntegers().between(MOST.negate(), MOST),
            Arbitraries.integers().between(-12, 12))
        .as(BigDecimal::new);
  }
}
