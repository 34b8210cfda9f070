package cn.gov.zhangye.credit.access.client;

import java.time.Instant;

/** Fired when a client's secret was replaced at {@code rotatedAt}: the old one no longer works. */
public record ClientSecretRotated(String clientId, Instant rotatedAt) {}
