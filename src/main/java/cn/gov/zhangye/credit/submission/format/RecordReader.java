package cn.gov.zhangye.credit.submission.format;

import java.util.Optional;

/**
 * Reads the records of a submitted body one at a time, holding no more than one record in memory.
 * Not thread-safe; it blocks on the body, so use it on a worker thread.
 *
 * <p>{@link #next()} throws a {@link cn.gov.zhangye.credit.platform.problem.ProblemException} when
 * the body as a whole cannot be read (see {@link SubmissionFormatProblems}); it may do so after
 * records were returned, as the problem is found where it is in the body. A record that is unusable
 * on its own comes back with its {@link IncomingRecord#defects()} instead.
 */
public interface RecordReader extends AutoCloseable {

  /**
   * The next record, or empty at the end of the body.
   *
   * @throws cn.gov.zhangye.credit.platform.problem.ProblemException for a batch-level problem,
   *     including {@link SubmissionFormatProblems#EMPTY_BATCH} at the end of a body without records
   * @throws java.io.UncheckedIOException when reading the body fails
   */
  Optional<IncomingRecord> next();

  /** The bytes of the body read so far, a byte order mark included. */
  long bytesRead();

  /** Closes the body. */
  @Override
  void close();
}
