package cn.gov.zhangye.credit.submission;

import java.util.Optional;

/**
 * How a batch is to be submitted.
 *
 * @param atomic all records or none
 * @param idempotencyKey the submitter's key for retries of the same request, unique per client
 */
public record SubmissionOptions(boolean atomic, Optional<String> idempotencyKey) {}
