package cn.gov.zhangye.credit.submission.format;

import cn.gov.zhangye.credit.platform.problem.Violation;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;

/** Reads NDJSON: one record per line, blank lines ignored; a line that is no record is a defect. */
final class NdjsonReader extends BodyRecordReader {

  private final JsonRecordParser parser;
  private final RecordBytes line;
  private long lineNumber = 1;

  NdjsonReader(BodyBytes body, JsonRecordParser parser, int maxRecordBytes) {
    super(body);
    this.parser = parser;
    this.line = new RecordBytes(maxRecordBytes);
  }

  @Override
  IncomingRecord read(int index) {
    while (readLine()) {
      if (!line.blank()) {
        return record(index);
      }
    }
    return null;
  }

  private IncomingRecord record(int index) {
    if (line.tooLarge()) {
      return defective(index, RecordDefects.tooLarge(line.limit()));
    }
    try {
      JsonRecordParser.Parsed parsed = parser.parse(line);
      return new IncomingRecord(index, line.line(), parsed.record(), parsed.defects());
    } catch (JsonRecordParser.SyntaxError malformed) {
      return defective(index, RecordDefects.malformedJson(line.line(), column(malformed.location)));
    }
  }

  private IncomingRecord defective(int index, Violation defect) {
    return new IncomingRecord(
        index, line.line(), JsonNodeFactory.instance.objectNode(), List.of(defect));
  }

  /** The column in characters, from 1, of where the parser gave up. */
  private long column(JsonLocation location) {
    long offset = location == null ? 0 : location.getByteOffset();
    int upTo = (int) Math.max(0, Math.min(offset, line.length));
    return Utf8.characters(line.bytes, 0, upTo) + 1;
  }

  /** Collects the next line, without its line break; {@code false} at the end of the body. */
  private boolean readLine() {
    if (!body.available()) {
      return false;
    }
    line.start(lineNumber, body.offsetOf(body.position));
    while (true) {
      byte[] buffer = body.buffer;
      int start = body.position;
      int end = body.end;
      int newline = start;
      while (newline < end && buffer[newline] != '\n') {
        newline++;
      }
      line.append(buffer, start, newline - start);
      if (newline < end) {
        body.position = newline + 1;
        lineNumber++;
        dropCarriageReturn();
        return true;
      }
      body.position = end;
      if (!body.available()) {
        dropCarriageReturn();
        return true;
      }
    }
  }

  private void dropCarriageReturn() {
    if (line.length > 0 && line.bytes[line.length - 1] == '\r') {
      line.length--;
    }
  }
}
