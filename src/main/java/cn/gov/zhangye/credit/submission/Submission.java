package cn.gov.zhangye.credit.submission;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A stored submission: a batch of records from one client and what became of it. */
record Submission(
    UUID id,
    String clientId,
    Optional<String> idempotencyKey,
    byte[] fingerprint,
    String mediaType,
    boolean atomic,
    SubmissionStatus status,
    int recordCount,
    long bodyBytes,
    int chunksDone,
    SubmissionCounts counts,
    Instant receivedAt,
    Optional<Instant> completedAt) {}
