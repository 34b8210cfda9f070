package cn.gov.zhangye.credit.submission.format;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import cn.gov.zhangye.credit.platform.problem.Violation;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the bytes of one JSON record into a tree: numbers as exact decimals, a key given twice in
 * an object as a defect (the first value is kept), nesting beyond the limit as a batch problem.
 */
final class JsonRecordParser {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonFactory factory = new JsonFactory();
  private final int maxDepth;

  JsonRecordParser(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  /** A parsed record: the object, empty when the value was none, and its defects. */
  record Parsed(ObjectNode record, List<Violation> defects) {}

  /** The bytes are not JSON; where, within them. */
  static final class SyntaxError extends Exception {

    final JsonLocation location;

    SyntaxError(JsonLocation location) {
      super(null, null, false, false);
      this.location = location;
    }
  }

  /**
   * The record in {@code bytes}.
   *
   * @throws SyntaxError when they are not one JSON value
   * @throws ProblemException {@link SubmissionFormatProblems#NESTING_TOO_DEEP}
   */
  Parsed parse(RecordBytes bytes) throws SyntaxError {
    try (JsonParser parser = factory.createParser(bytes.bytes, 0, bytes.length)) {
      List<Violation> defects = new ArrayList<>(0);
      parser.nextToken();
      JsonNode value = value(parser, 1, defects, bytes);
      if (parser.nextToken() != null) {
        throw new SyntaxError(parser.currentLocation());
      }
      if (value instanceof ObjectNode object) {
        return new Parsed(object, defects);
      }
      return new Parsed(NODES.objectNode(), List.of(RecordDefects.notAnObject()));
    } catch (StreamConstraintsException tooLong) {
      return new Parsed(NODES.objectNode(), List.of(RecordDefects.valueTooLong()));
    } catch (JsonProcessingException malformed) {
      throw new SyntaxError(malformed.getLocation());
    } catch (IOException impossible) {
      throw new UncheckedIOException(impossible);
    }
  }

  private JsonNode value(JsonParser parser, int depth, List<Violation> defects, RecordBytes bytes)
      throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      throw new JsonParseException(parser, "no value");
    }
    return switch (token) {
      case START_OBJECT -> object(parser, depth, defects, bytes);
      case START_ARRAY -> array(parser, depth, defects, bytes);
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new JsonParseException(parser, "unexpected " + token);
    };
  }

  private ObjectNode object(
      JsonParser parser, int depth, List<Violation> defects, RecordBytes bytes) throws IOException {
    requireDepth(parser, depth, bytes);
    ObjectNode object = NODES.objectNode();
    String name;
    while ((name = parser.nextFieldName()) != null) {
      parser.nextToken();
      JsonNode value = value(parser, depth + 1, defects, bytes);
      if (object.putIfAbsent(name, value) != null) {
        defects.add(
            RecordDefects.duplicateKey(parser.getParsingContext().pathAsPointer().toString()));
      }
    }
    return object;
  }

  private ArrayNode array(JsonParser parser, int depth, List<Violation> defects, RecordBytes bytes)
      throws IOException {
    requireDepth(parser, depth, bytes);
    ArrayNode array = NODES.arrayNode();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      array.add(value(parser, depth + 1, defects, bytes));
    }
    return array;
  }

  private void requireDepth(JsonParser parser, int depth, RecordBytes bytes) {
    if (depth > maxDepth) {
      throw tooDeep(maxDepth, bytes.line() + parser.currentLocation().getLineNr() - 1);
    }
  }

  static ProblemException tooDeep(int maxDepth, long line) {
    return new ProblemException(
        SubmissionFormatProblems.NESTING_TOO_DEEP,
        new Text("problem.nesting-too-deep.detail", maxDepth, line));
  }
}
