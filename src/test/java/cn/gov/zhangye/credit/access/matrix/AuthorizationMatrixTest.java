package cn.gov.zhangye.credit.access.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.access.token.ExternalIssuerProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the served contract, called over real HTTP by every kind of caller, answers as
 * the matrix of docs/authorization.md says; an operation without a row there, or a row without an
 * operation, fails the test.
 */
@QuarkusTest
@TestProfile(ExternalIssuerProfile.class)
class AuthorizationMatrixTest {

  @Test
  void everyOperationHasARowAndEveryRowAnOperation() {
    Set<String> served =
        ServedOperation.all().stream()
            .map(ServedOperation::operationId)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> listed = new TreeSet<>(AuthorizationMatrix.read().operationIds());
    Set<String> missing = new TreeSet<>(served);
    missing.removeAll(listed);
    Set<String> stale = new TreeSet<>(listed);
    stale.removeAll(served);
    assertTrue(missing.isEmpty(), "operations without a row in docs/authorization.md: " + missing);
    assertTrue(stale.isEmpty(), "rows in docs/authorization.md of no operation: " + stale);
  }

  @Test
  void everyCallerGetsWhatTheMatrixSays() {
    AuthorizationMatrix matrix = AuthorizationMatrix.read();
    MatrixCallers callers = new MatrixCallers();
    List<ServedOperation> operations = ServedOperation.all();
    List<String> wrong = new ArrayList<>();
    int checked = 0;
    for (ServedOperation operation : operations) {
      var row = matrix.row(operation.operationId());
      if (row == null) {
        continue;
      }
      for (CallerKind kind : CallerKind.values()) {
        Expected expected = row.get(kind);
        int answered =
            operation
                .call(callers.as(kind), matrix.calledWithExample(operation.operationId()))
                .statusCode();
        checked++;
        if (!expected.accepts(answered)) {
          wrong.add(
              operation + " as " + kind.column() + ": " + answered + ", expected " + expected);
        }
      }
    }
    assertEquals(operations.size() * CallerKind.values().length, checked, "cells checked");
    assertTrue(wrong.isEmpty(), wrong.size() + " cells differ:\n" + String.join("\n", wrong));
  }
}
