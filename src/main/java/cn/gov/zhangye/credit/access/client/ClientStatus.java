package cn.gov.zhangye.credit.access.client;

/** Whether a client may call the API. */
public enum ClientStatus {
  ACTIVE,
  SUSPENDED
}
