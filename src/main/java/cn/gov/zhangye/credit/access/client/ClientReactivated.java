package cn.gov.zhangye.credit.access.client;

/** Fired when a suspended client is reactivated: tokens issued from now on work again. */
public record ClientReactivated(String clientId) {}
