package cn.gov.zhangye.credit.submission;

import cn.gov.zhangye.credit.platform.problem.Violation;
import cn.gov.zhangye.credit.record.RecordDraft;
import cn.gov.zhangye.credit.submission.format.IncomingRecord;
import java.util.List;
import java.util.Map;

/**
 * A chunk of records after admission: the drafts to write and the errors of the refused records.
 *
 * @param incoming the chunk's records by index, to report a refusal at write time
 */
record AdmittedChunk(
    List<RecordDraft> drafts, List<RecordError> errors, Map<Integer, IncomingRecord> incoming) {

  /** The error for a draft the writer refused. */
  RecordError errorFor(RecordDraft draft, Violation refusal) {
    return new RecordError(
        draft.index(),
        incoming.get(draft.index()).line(),
        draft.type().code(),
        draft.sourceRef(),
        refusal);
  }
}
