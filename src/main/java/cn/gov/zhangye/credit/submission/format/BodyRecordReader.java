package cn.gov.zhangye.credit.submission.format;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import java.util.Optional;

/** What the three readers share: the body, counting the records, and refusing an empty batch. */
abstract class BodyRecordReader implements RecordReader {

  final BodyBytes body;
  private int index;
  private boolean finished;

  BodyRecordReader(BodyBytes body) {
    this.body = body;
  }

  /** The record at {@code index} of the batch, or {@code null} at the end of the body. */
  abstract IncomingRecord read(int index);

  @Override
  public final Optional<IncomingRecord> next() {
    if (finished) {
      return Optional.empty();
    }
    IncomingRecord record = read(index);
    if (record == null) {
      finished = true;
      if (index == 0) {
        throw new ProblemException(
            SubmissionFormatProblems.EMPTY_BATCH, new Text("problem.empty-batch.detail"));
      }
      return Optional.empty();
    }
    index++;
    return Optional.of(record);
  }

  @Override
  public long bytesRead() {
    return body.bytesRead();
  }

  @Override
  public void close() {
    body.close();
  }
}
