package cn.gov.zhangye.credit.submission.format;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads CSV (RFC 4180): a header row, then one record per row. Cells may be quoted, with {@code ""}
 * for a quote and line breaks kept; carriage returns outside quotes are dropped. Rows whose cells
 * are all blank are skipped.
 */
final class CsvReader extends BodyRecordReader {

  private enum State {
    CELL_START,
    UNQUOTED,
    QUOTED,
    QUOTE_IN_QUOTED
  }

  private final CatalogFields fields;
  private final RecordBytes row;
  private int[] cellEnds = new int[64];
  private int cellCount;
  private long lineNumber = 1;
  private CsvHeader header;

  CsvReader(BodyBytes body, CatalogFields fields, int maxRecordBytes) {
    super(body);
    this.fields = fields;
    this.row = new RecordBytes(maxRecordBytes);
  }

  @Override
  IncomingRecord read(int index) {
    if (header == null && !readHeader()) {
      return null;
    }
    while (readRow()) {
      if (row.tooLarge()) {
        return new IncomingRecord(
            index,
            row.line(),
            JsonNodeFactory.instance.objectNode(),
            List.of(RecordDefects.tooLarge(row.limit())));
      }
      String[] cells = cells();
      if (Arrays.stream(cells).allMatch(String::isBlank)) {
        continue;
      }
      return new IncomingRecord(
          index,
          row.line(),
          CsvRecords.record(cells, header),
          cells.length == header.size()
              ? List.of()
              : List.of(RecordDefects.cellCount(cells.length, header.size())));
    }
    return null;
  }

  private boolean readHeader() {
    while (readRow()) {
      if (row.tooLarge()) {
        throw new ProblemException(
            SubmissionFormatProblems.INVALID_CSV_HEADER,
            new Text("problem.invalid-csv-header.too-large", row.limit()));
      }
      String[] cells = cells();
      if (!Arrays.stream(cells).allMatch(String::isBlank)) {
        header = CsvHeader.of(List.of(cells), fields);
        return true;
      }
    }
    return false;
  }

  /** Collects the next row's cells, unquoted; {@code false} at the end of the body. */
  private boolean readRow() {
    if (!body.available()) {
      return false;
    }
    row.start(lineNumber, body.offsetOf(body.position));
    cellCount = 0;
    State state = State.CELL_START;
    do {
      byte[] buffer = body.buffer;
      int end = body.end;
      for (int i = body.position; i < end; i++) {
        byte b = buffer[i];
        if (state == State.QUOTED) {
          if (b == '"') {
            state = State.QUOTE_IN_QUOTED;
          } else {
            lineNumber += b == '\n' ? 1 : 0;
            row.append(b);
          }
        } else if (b == '"' && state == State.QUOTE_IN_QUOTED) {
          row.append(b);
          state = State.QUOTED;
        } else if (b == '"' && state == State.CELL_START) {
          state = State.QUOTED;
        } else if (b == ',') {
          endCell();
          state = State.CELL_START;
        } else if (b == '\n') {
          lineNumber++;
          endCell();
          body.position = i + 1;
          return true;
        } else if (b != '\r') {
          row.append(b);
          state = State.UNQUOTED;
        }
      }
      body.position = end;
    } while (body.available());
    if (state == State.QUOTED) {
      throw new ProblemException(
          ProblemType.MALFORMED_REQUEST,
          new Text("problem.malformed-request.csv-unclosed-quote", row.line()));
    }
    endCell();
    return true;
  }

  private void endCell() {
    if (cellCount == cellEnds.length) {
      cellEnds = Arrays.copyOf(cellEnds, cellCount * 2);
    }
    cellEnds[cellCount++] = row.length;
  }

  private String[] cells() {
    String[] cells = new String[cellCount];
    int start = 0;
    for (int i = 0; i < cellCount; i++) {
      cells[i] = new String(row.bytes, start, cellEnds[i] - start, StandardCharsets.UTF_8);
      start = cellEnds[i];
    }
    return cells;
  }
}
