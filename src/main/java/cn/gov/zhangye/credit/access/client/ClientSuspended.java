package cn.gov.zhangye.credit.access.client;

/** Fired when a client is suspended: its tokens must stop working at once, cluster-wide. */
public record ClientSuspended(String clientId) {}
