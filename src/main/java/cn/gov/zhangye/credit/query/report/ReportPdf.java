package cn.gov.zhangye.credit.query.report;

import cn.gov.zhangye.credit.catalog.Catalog;
import cn.gov.zhangye.credit.catalog.FieldDefinition;
import cn.gov.zhangye.credit.catalog.RecordType;
import cn.gov.zhangye.credit.platform.time.ChinaTime;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * A report as a PDF a person files: title, number, time, agency, the subject, the records by type
 * in tables, the data's change-feed position, the signature block with the content hash, the
 * verification address and its QR code, and page numbers. Chinese first, English beside it. The
 * report's JWS travels in the document information ({@value #JWS_KEY}), so that a PDF can be
 * checked offline too.
 */
@ApplicationScoped
class ReportPdf {

  static final String JWS_KEY = "CreditReportJws";
  static final Color INK = new Color(0x1F, 0x23, 0x28);
  static final Color MUTED = new Color(0x5F, 0x66, 0x6D);
  static final Color LINE = new Color(0xC8, 0xCD, 0xD2);
  private static final Color RED = new Color(0xB7, 0x1C, 0x1C);
  private static final Color SHADE = new Color(0xF2, 0xF4, 0xF6);
  private static final Color HEAD = new Color(0xE4, 0xE8, 0xEC);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ChinaTime.ZONE);
  private static final float BODY = 9.5f;
  private static final float LEADING = 13.5f;
  private static final float PAD = 4;
  private static final float LABEL_WIDTH = 150;
  private static final float QR_SIZE = 96;

  private final ReportFont fonts;
  private final Catalog catalog;

  ReportPdf(ReportFont fonts, Catalog catalog) {
    this.fonts = fonts;
    this.catalog = catalog;
  }

  byte[] render(CreditReport report) {
    try (PdfCanvas canvas = new PdfCanvas(fonts.typeface())) {
      describe(canvas, report);
      title(canvas);
      facts(canvas, report);
      subject(canvas, report.subject());
      records(canvas, report);
      verification(canvas, report);
      canvas.footers(
          (page, pages) -> "信用报告 Credit Report · " + report.number(),
          (page, pages) -> "第 " + page + " 页 / 共 " + pages + " 页 · Page " + page + " of " + pages);
      return canvas.save();
    } catch (IOException failed) {
      throw new UncheckedIOException("Cannot render report " + report.number(), failed);
    }
  }

  private static void describe(PdfCanvas canvas, CreditReport report) {
    PDDocumentInformation info = canvas.document().getDocumentInformation();
    info.setTitle("信用报告 Credit Report " + report.number());
    info.setSubject(report.subject().name());
    info.setAuthor("信用张掖 Credit Zhangye");
    info.setProducer("信用张掖开放数据网关 Credit Zhangye Open-Data Gateway");
    info.setCustomMetadataValue(JWS_KEY, report.signature().jws());
  }

  private static void title(PdfCanvas canvas) {
    canvas.rule(PdfCanvas.LEFT, PdfCanvas.RIGHT, 2.5f, RED);
    canvas.down(14);
    centred(canvas, "信 用 报 告", 24, INK, true);
    centred(canvas, "CREDIT REPORT", 10, MUTED, false);
    canvas.down(2);
    centred(canvas, "张掖市公共信用信息平台 · Zhangye Public Credit Information Platform", 8.5f, MUTED, false);
    canvas.rule(PdfCanvas.LEFT, PdfCanvas.RIGHT, 0.75f, RED);
    canvas.down(16);
  }

  private static void facts(PdfCanvas canvas, CreditReport report) {
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put("报告编号 Report No.", report.number());
    rows.put("出具时间 Issued", time(report.issuedAt()));
    rows.put("核验有效期至 Verifiable until", time(report.expiresAt()));
    rows.put("查询机构 Requesting agency", report.agency().name() + "（" + report.agency().id() + "）");
    if (report.basis() != null) {
      rows.put("查询用途 Purpose", report.basis().purpose());
      rows.put("授权编号 Consent reference", report.basis().consentReference());
    }
    rows.put("数据截至 Data as of", "变更流序号 " + report.asOfPosition() + "（change-feed position）");
    table(canvas, rows);
  }

  private static void subject(PdfCanvas canvas, ReportSubject subject) {
    section(canvas, "一、主体信息  Subject");
    boolean person = "PERSON".equals(subject.kind());
    Map<String, String> rows = new LinkedHashMap<>();
    rows.put(person ? "姓名 Name（已脱敏 masked）" : "名称 Name", subject.name());
    rows.put(person ? "身份证号码 ID number（已脱敏 masked）" : "统一社会信用代码 USCC", subject.code());
    rows.put("主体类型 Kind", person ? "自然人 Natural person" : "法人和非法人组织 Organisation");
    if (subject.category() != null) {
      rows.put("主体类别 Category", subject.category());
    }
    rows.put("行政区划 Division", subject.divisionCode());
    table(canvas, rows);
  }

  private void records(PdfCanvas canvas, CreditReport report) {
    List<ReportRecord> records = report.records();
    section(canvas, "二、信用记录  Credit records");
    paragraph(
        canvas,
        records.isEmpty()
            ? "无可见的信用记录。/ No records visible to the agency."
            : "共 "
                + report.recordCount()
                + " 条可见记录。/ "
                + report.recordCount()
                + " visible records.",
        MUTED);
    if (report.truncated()) {
      paragraph(canvas, truncation(records.size(), report.recordCount()), RED);
    }
    Map<String, List<ReportRecord>> byType =
        records.stream()
            .collect(
                Collectors.groupingBy(
                    ReportRecord::recordType, LinkedHashMap::new, Collectors.toList()));
    for (List<ReportRecord> ofType : byType.values()) {
      ReportRecord first = ofType.get(0);
      canvas.keep(60);
      canvas.down(6);
      canvas.text(
          first.recordTypeName().zh()
              + "  "
              + first.recordTypeName().en()
              + "（"
              + ofType.size()
              + " 条）",
          PdfCanvas.LEFT,
          canvas.y() - BODY,
          11,
          INK,
          true);
      canvas.down(BODY + 8);
      int index = 1;
      for (ReportRecord record : ofType) {
        record(canvas, record, index++);
      }
    }
  }

  static String truncation(int shown, int total) {
    return "记录过多：本报告只列出前 "
        + shown
        + " 条，共 "
        + total
        + " 条。/ Too many records: this report lists the first "
        + shown
        + " of "
        + total
        + ".";
  }

  private void record(PdfCanvas canvas, ReportRecord record, int index) {
    String heading =
        "第 "
            + index
            + " 条 · 决定日期 "
            + record.decisionDate()
            + (record.publicationUntil() == null ? "" : " · 公示至 " + record.publicationUntil())
            + " · 第 "
            + record.version()
            + " 版"
            + ("CONDITIONAL".equals(record.sharing()) ? " · 有条件共享 conditional" : "");
    canvas.keep(LEADING * 3 + PAD * 4);
    band(canvas, heading);
    Map<String, String> rows = new LinkedHashMap<>();
    List<FieldDefinition> fields =
        catalog.recordType(record.recordType()).map(RecordType::fields).orElse(List.of());
    for (FieldDefinition field : fields) {
      JsonNode value = record.fields().get(field.code());
      if (value != null && !value.isNull()) {
        rows.put(field.name().zh(), text(value));
      }
    }
    table(canvas, rows);
    canvas.down(6);
  }

  private static void verification(PdfCanvas canvas, CreditReport report) {
    section(canvas, "三、签名与核验  Signature and verification");
    String checkUrl = report.verification().url() + "?hash=" + report.signature().contentHash();
    float textWidth = PdfCanvas.WIDTH - QR_SIZE - 16;
    List<String> lines = new ArrayList<>();
    lines.add(
        "本报告内容经网关签名（"
            + report.signature().algorithm()
            + "，密钥 "
            + report.signature().keyId()
            + "）。/ Signed by the gateway.");
    lines.add("内容摘要 SHA-256 (canonical JSON)：");
    lines.add(grouped(report.signature().contentHash()));
    lines.add("核验地址 Verify at（扫描二维码 or scan the QR code）：");
    lines.add(checkUrl);
    lines.add("公钥 Public keys：" + report.verification().jwks());
    float height = 0;
    List<String> wrapped = new ArrayList<>();
    for (String line : lines) {
      List<String> parts = canvas.wrap(line, BODY, textWidth);
      wrapped.addAll(parts);
      height += parts.size() * LEADING;
    }
    canvas.keep(Math.max(height, QR_SIZE) + 10);
    float top = canvas.y();
    qr(canvas, QrCode.of(checkUrl), PdfCanvas.RIGHT - QR_SIZE, top - QR_SIZE);
    for (String line : wrapped) {
      canvas.text(line, PdfCanvas.LEFT, canvas.y() - BODY, BODY, INK, false);
      canvas.down(LEADING);
    }
    canvas.down(Math.max(0, QR_SIZE - height) + 10);
    paragraph(
        canvas,
        "说明：本报告仅包含截至上述变更流序号时平台归集、且查询机构有权查看的信用信息；自然人信息已按规定脱敏。"
            + "报告内容以网关签名为准，任何改动都会使核验失败。/ The report holds only the credit information"
            + " collected by the platform up to the stated change-feed position that the agency may"
            + " see; personal data is masked. Any change to its content makes verification fail.",
        MUTED);
  }

  private static void qr(PdfCanvas canvas, QrCode code, float x, float bottom) {
    float module = QR_SIZE / code.size();
    for (int row = 0; row < code.size(); row++) {
      for (int column = 0; column < code.size(); column++) {
        if (code.dark(column, row)) {
          canvas.box(
              x + column * module,
              bottom + (code.size() - 1 - row) * module,
              module,
              module,
              INK,
              null);
        }
      }
    }
  }

  private static void section(PdfCanvas canvas, String title) {
    canvas.keep(70);
    canvas.down(10);
    canvas.text(title, PdfCanvas.LEFT, canvas.y() - 12, 12.5f, RED, true);
    canvas.down(18);
    canvas.rule(PdfCanvas.LEFT, PdfCanvas.RIGHT, 0.5f, RED);
    canvas.down(8);
  }

  private static void paragraph(PdfCanvas canvas, String text, Color color) {
    for (String line : canvas.wrap(text, BODY, PdfCanvas.WIDTH)) {
      canvas.keep(LEADING);
      canvas.text(line, PdfCanvas.LEFT, canvas.y() - BODY, BODY, color, false);
      canvas.down(LEADING);
    }
    canvas.down(4);
  }

  private static void band(PdfCanvas canvas, String text) {
    float height = LEADING + PAD * 2;
    canvas.box(PdfCanvas.LEFT, canvas.y() - height, PdfCanvas.WIDTH, height, HEAD, LINE);
    canvas.text(text, PdfCanvas.LEFT + PAD * 1.5f, canvas.y() - PAD - BODY - 1, BODY, INK, true);
    canvas.down(height);
  }

  /** Rows of label and value in bordered cells, each row kept on one page. */
  private static void table(PdfCanvas canvas, Map<String, String> rows) {
    float valueWidth = PdfCanvas.WIDTH - LABEL_WIDTH;
    for (Map.Entry<String, String> row : rows.entrySet()) {
      List<String> label = canvas.wrap(row.getKey(), BODY, LABEL_WIDTH - PAD * 3);
      List<String> value = canvas.wrap(row.getValue(), BODY, valueWidth - PAD * 3);
      float height = Math.max(label.size(), value.size()) * LEADING + PAD * 2;
      canvas.keep(height);
      float top = canvas.y();
      canvas.box(PdfCanvas.LEFT, top - height, LABEL_WIDTH, height, SHADE, LINE);
      canvas.box(PdfCanvas.LEFT + LABEL_WIDTH, top - height, valueWidth, height, null, LINE);
      lines(canvas, label, PdfCanvas.LEFT + PAD * 1.5f, top, MUTED);
      lines(canvas, value, PdfCanvas.LEFT + LABEL_WIDTH + PAD * 1.5f, top, INK);
      canvas.down(height);
    }
  }

  private static void lines(PdfCanvas canvas, List<String> lines, float x, float top, Color color) {
    float baseline = top - PAD - BODY - 1;
    for (String line : lines) {
      canvas.text(line, x, baseline, BODY, color, false);
      baseline -= LEADING;
    }
  }

  /** A centred line; the cursor moves below it. */
  private static void centred(
      PdfCanvas canvas, String text, float size, Color color, boolean bold) {
    float x = PdfCanvas.LEFT + (PdfCanvas.WIDTH - canvas.width(text, size)) / 2;
    canvas.text(text, x, canvas.y() - size, size, color, bold);
    canvas.down(size * 1.6f);
  }

  private static String time(Instant instant) {
    return TIME.format(instant) + "（北京时间 UTC+8）";
  }

  /** A hash in groups of eight, easier to compare by eye. */
  private static String grouped(String hex) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < hex.length(); i += 8) {
      out.append(i == 0 ? "" : " ").append(hex, i, Math.min(hex.length(), i + 8));
    }
    return out.toString();
  }

  private static String text(JsonNode value) {
    if (value.isArray()) {
      return StreamSupport.stream(value.spliterator(), false)
          .map(ReportPdf::text)
          .collect(Collectors.joining("、"));
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }
}
