package cn.gov.zhangye.credit.submission.format;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.ProblemType;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;

/**
 * Reads a JSON array of records. The array is scanned byte by byte to find where each element
 * begins and ends, so that only one element is in memory; each element is then parsed on its own.
 * Anything that makes the body invalid JSON is a batch problem with its line and byte offset.
 */
final class JsonArrayReader extends BodyRecordReader {

  private enum State {
    BEFORE_ARRAY,
    FIRST_ELEMENT,
    AFTER_COMMA,
    AFTER_ELEMENT,
    AFTER_ARRAY
  }

  private final JsonRecordParser parser;
  private final RecordBytes element;
  private final int maxDepth;
  private State state = State.BEFORE_ARRAY;
  private long line = 1;

  JsonArrayReader(BodyBytes body, JsonRecordParser parser, int maxRecordBytes, int maxDepth) {
    super(body);
    this.parser = parser;
    this.element = new RecordBytes(maxRecordBytes);
    this.maxDepth = maxDepth;
  }

  @Override
  IncomingRecord read(int index) {
    while (true) {
      int next = skipWhiteSpace();
      switch (state) {
        case BEFORE_ARRAY -> {
          if (next < 0) {
            return null;
          }
          if (next != '[') {
            throw startsLikeValue(next)
                ? new ProblemException(
                    SubmissionFormatProblems.NOT_A_JSON_ARRAY,
                    new Text("problem.not-a-json-array.detail", body.characterAtPosition()))
                : unexpected("problem.malformed-request.json-expected-array");
          }
          consume(State.FIRST_ELEMENT);
        }
        case FIRST_ELEMENT, AFTER_COMMA -> {
          if (next == ']' && state == State.FIRST_ELEMENT) {
            consume(State.AFTER_ARRAY);
          } else if (startsLikeValue(next)) {
            return element(index);
          } else {
            throw next < 0
                ? unexpectedEnd()
                : unexpected("problem.malformed-request.json-expected-record");
          }
        }
        case AFTER_ELEMENT -> {
          if (next == ',') {
            consume(State.AFTER_COMMA);
          } else if (next == ']') {
            consume(State.AFTER_ARRAY);
          } else {
            throw next < 0
                ? unexpectedEnd()
                : unexpected("problem.malformed-request.json-expected-comma");
          }
        }
        case AFTER_ARRAY -> {
          if (next < 0) {
            return null;
          }
          throw unexpected("problem.malformed-request.json-trailing-content");
        }
      }
    }
  }

  private IncomingRecord element(int index) {
    element.start(line, body.offsetOf(body.position));
    if (body.buffer[body.position] == '{'
        || body.buffer[body.position] == '['
        || body.buffer[body.position] == '"') {
      scanStructure();
    } else {
      scanScalar();
    }
    state = State.AFTER_ELEMENT;
    if (element.tooLarge()) {
      return new IncomingRecord(
          index,
          element.line(),
          JsonNodeFactory.instance.objectNode(),
          List.of(RecordDefects.tooLarge(element.limit())));
    }
    try {
      JsonRecordParser.Parsed parsed = parser.parse(element);
      return new IncomingRecord(index, element.line(), parsed.record(), parsed.defects());
    } catch (JsonRecordParser.SyntaxError malformed) {
      throw recordSyntax(index, malformed.location);
    }
  }

  /** Collects an object, an array or a string, up to its closing character. */
  private void scanStructure() {
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    do {
      byte[] buffer = body.buffer;
      int from = body.position;
      int end = body.end;
      for (int i = from; i < end; i++) {
        byte b = buffer[i];
        if (b == '\n') {
          line++;
        } else if (inString) {
          if (escaped) {
            escaped = false;
          } else if (b == '\\') {
            escaped = true;
          } else if (b == '"') {
            inString = false;
            if (depth == 0) {
              finish(buffer, from, i);
              return;
            }
          }
        } else if (b == '"') {
          inString = true;
        } else if (b == '{' || b == '[') {
          if (++depth > maxDepth) {
            throw JsonRecordParser.tooDeep(maxDepth, line);
          }
        } else if ((b == '}' || b == ']') && --depth == 0) {
          finish(buffer, from, i);
          return;
        }
      }
      element.append(buffer, from, end - from);
      body.position = end;
    } while (body.available());
    throw unexpectedEnd();
  }

  private void finish(byte[] buffer, int from, int last) {
    element.append(buffer, from, last + 1 - from);
    body.position = last + 1;
  }

  /** Collects a number, {@code true}, {@code false} or {@code null}, up to what ends it. */
  private void scanScalar() {
    do {
      byte[] buffer = body.buffer;
      int from = body.position;
      int end = body.end;
      int i = from;
      while (i < end && !endsScalar(buffer[i])) {
        i++;
      }
      element.append(buffer, from, i - from);
      body.position = i;
      if (i < end) {
        return;
      }
    } while (body.available());
  }

  private static boolean endsScalar(byte b) {
    return b == ',' || b == ']' || b == '}' || b == ' ' || b == '\t' || b == '\r' || b == '\n';
  }

  private static boolean startsLikeValue(int b) {
    return b == '{'
        || b == '['
        || b == '"'
        || b == '-'
        || (b >= '0' && b <= '9')
        || b == 't'
        || b == 'f'
        || b == 'n';
  }

  /** The byte at the position after white space, or -1 at the end of the body. */
  private int skipWhiteSpace() {
    while (body.available()) {
      byte b = body.buffer[body.position];
      if (b == '\n') {
        line++;
      } else if (b != ' ' && b != '\t' && b != '\r') {
        return b & 0xFF;
      }
      body.position++;
    }
    return -1;
  }

  private void consume(State next) {
    body.position++;
    state = next;
  }

  private ProblemException unexpected(String key) {
    return malformed(new Text(key, line, body.offsetOf(body.position), body.characterAtPosition()));
  }

  private ProblemException unexpectedEnd() {
    return malformed(
        new Text("problem.malformed-request.json-unexpected-end", line, body.bytesRead()));
  }

  private ProblemException recordSyntax(int index, JsonLocation location) {
    long lineInRecord = location == null ? 1 : Math.max(1, location.getLineNr());
    long offsetInRecord = location == null ? 0 : Math.max(0, location.getByteOffset());
    return malformed(
        new Text(
            "problem.malformed-request.json-record-syntax",
            index,
            element.line() + lineInRecord - 1,
            element.offset() + offsetInRecord));
  }

  private static ProblemException malformed(Text detail) {
    return new ProblemException(ProblemType.MALFORMED_REQUEST, detail);
  }
}
