package cn.gov.zhangye.credit.submission.format;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The CSV columns that are not fields: the record's type, reference and subject. */
enum MetaColumn {
  RECORD_TYPE("recordType", "信息类别", "记录类型"),
  SOURCE_REF("sourceRef", "来源编号"),
  SUBJECT_KIND("subjectKind", "主体类别"),
  SUBJECT_CODE("subjectCode", "主体代码"),
  SUBJECT_NAME("subjectName", "主体名称");

  private final String name;
  private final List<String> chineseNames;

  MetaColumn(String name, String... chineseNames) {
    this.name = name;
    this.chineseNames = List.of(chineseNames);
  }

  /** The column's name in the header, as in the JSON record, e.g. {@code sourceRef}. */
  String columnName() {
    return name;
  }

  /** The name and its Chinese aliases, for a message. */
  String names() {
    return name + "/" + String.join("/", chineseNames);
  }

  /** The column {@code header} names by its English name. */
  static Optional<MetaColumn> byName(String header) {
    return Arrays.stream(values()).filter(column -> column.name.equals(header)).findFirst();
  }

  /**
   * The column {@code header} names by a Chinese alias. Some aliases are also the Chinese name of a
   * field of some record types (主体类别, 主体名称): there the field wins.
   */
  static Optional<MetaColumn> byChineseName(String header) {
    return Arrays.stream(values())
        .filter(column -> column.chineseNames.contains(header))
        .findFirst();
  }
}
