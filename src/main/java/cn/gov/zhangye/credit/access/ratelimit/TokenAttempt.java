package cn.gov.zhangye.credit.access.ratelimit;

/**
 * Whether a token request may be tried now; when not, the seconds until it may ({@code
 * Retry-After}).
 */
public record TokenAttempt(boolean allowed, long retryAfterSeconds) {}
