package cn.gov.zhangye.credit.platform.problem;

import cn.gov.zhangye.credit.platform.i18n.Text;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** Describes a body that is not the JSON an operation expects, by position and by field. */
final class JsonProblems {

  private JsonProblems() {}

  static ProblemException of(JsonProcessingException failure) {
    JsonLocation location = failure.getLocation();
    long line = location == null ? 0 : location.getLineNr();
    long column = location == null ? 0 : location.getColumnNr();
    if (failure instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String pointer = pointer(mapping.getPath());
      return new ProblemException(
          ProblemType.MALFORMED_REQUEST,
          new Text("problem.malformed-request.json-type", line, column),
          List.of(new Violation(pointer, "type", new Text("violation.json-type", pointer))));
    }
    return new ProblemException(
        ProblemType.MALFORMED_REQUEST,
        new Text("problem.malformed-request.json-syntax", line, column));
  }

  private static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference step : path) {
      pointer.append('/');
      if (step.getFieldName() != null) {
        pointer.append(step.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else {
        pointer.append(step.getIndex());
      }
    }
    return pointer.toString();
  }
}
