package cn.gov.zhangye.credit.submission.format;

import cn.gov.zhangye.credit.platform.problem.Violation;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A record as read from a submitted body, before validation.
 *
 * @param index the record's position in the batch, from 0
 * @param line the line of the body where the record starts, from 1 (for a JSON array: the line of
 *     its opening brace)
 * @param record {@code {"recordType", "sourceRef", "subject": {"kind", "code", "name"}, "fields"}}
 *     as sent (JSON, NDJSON), or built from a CSV row with the fields keyed by code; empty or
 *     partial when the record has defects
 * @param defects what makes this record unreadable, the other records remaining fine: pointers are
 *     relative to the record; empty for a readable record
 */
public record IncomingRecord(int index, long line, ObjectNode record, List<Violation> defects) {

  public IncomingRecord {
    defects = List.copyOf(defects);
  }

  /** Whether the record could be read; only then is it worth validating. */
  public boolean readable() {
    return defects.isEmpty();
  }
}
