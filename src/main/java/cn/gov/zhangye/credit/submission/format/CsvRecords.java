package cn.gov.zhangye.credit.submission.format;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Builds the record of a CSV row, its fields keyed by code and typed by the record type. */
final class CsvRecords {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
  private static final Pattern LIST_SEPARATOR = Pattern.compile("[;；、]");

  /** As Jackson's limit on the digits of a JSON number: longer numbers stay text. */
  private static final int LONGEST_NUMBER = 1000;

  private CsvRecords() {}

  /** The record of {@code cells}; cells beyond the header's columns are ignored. */
  static ObjectNode record(String[] cells, CsvHeader header) {
    int typeColumn = header.recordTypeColumn();
    String type = typeColumn >= 0 && typeColumn < cells.length ? cells[typeColumn] : null;
    CsvHeader.Target[] targets = header.targets(type);
    ObjectNode record = NODES.objectNode();
    ObjectNode subject = NODES.objectNode();
    ObjectNode fields = NODES.objectNode();
    for (int i = 0; i < Math.min(cells.length, targets.length); i++) {
      String cell = cells[i];
      if (cell.isBlank()) {
        continue;
      }
      if (targets[i] instanceof CsvHeader.Meta meta) {
        put(meta.column(), cell, record, subject);
      } else if (targets[i] instanceof CsvHeader.Field field) {
        JsonNode value = value(field.shape(), cell);
        if (value != null) {
          fields.set(field.key(), value);
        }
      }
    }
    if (!subject.isEmpty()) {
      record.set("subject", subject);
    }
    record.set("fields", fields);
    return record;
  }

  private static void put(MetaColumn column, String cell, ObjectNode record, ObjectNode subject) {
    switch (column) {
      case RECORD_TYPE -> record.put("recordType", cell);
      case SOURCE_REF -> record.put("sourceRef", cell);
      case SUBJECT_KIND -> subject.put("kind", cell);
      case SUBJECT_CODE -> subject.put("code", cell);
      case SUBJECT_NAME -> subject.put("name", cell);
    }
  }

  /** The value of a non-blank cell, or {@code null} when it holds nothing for the field. */
  private static JsonNode value(FieldShape shape, String cell) {
    return switch (shape) {
      case TEXT -> NODES.textNode(cell);
      case NUMBER -> number(cell);
      case LIST -> list(cell);
    };
  }

  private static JsonNode number(String cell) {
    String number = cell.strip();
    if (number.length() <= LONGEST_NUMBER && NUMBER.matcher(number).matches()) {
      return NODES.numberNode(new BigDecimal(number));
    }
    return NODES.textNode(cell);
  }

  private static JsonNode list(String cell) {
    ArrayNode items = NODES.arrayNode();
    for (String item : LIST_SEPARATOR.split(cell)) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items.isEmpty() ? null : items;
  }
}
