package cn.gov.zhangye.credit.submission;

/** Examples of the record contract. */
final class RecordExamples {

  static final String REVOCATION = "{\"reason\": \"处罚决定已被行政复议撤销\"}";

  static final String RECORD =
      "{\"recordType\": \"ADMIN_PENALTY\", \"sourceRef\": \"ZYSJ-CF-2026-000101\", \"status\":"
          + " \"REVOKED\", \"version\": 3, \"subject\": {\"kind\": \"ORGANISATION\", \"code\":"
          + " \"91620702MA74A0TD98\", \"name\": \"张掖市甘州区示例商贸有限公司\"}, \"fields\":"
          + " {\"CF_XDR_MC\": \"张掖市甘州区示例商贸有限公司\", \"CF_WSH\": \"张市监罚〔2026〕101号\","
          + " \"CF_JDRQ\": \"2026-11-20\"}, \"decisionDate\": \"2026-11-20\","
          + " \"publicationUntil\": \"2027-11-20\", \"history\": [{\"version\": 3, \"change\":"
          + " \"REVOKED\", \"recordedAt\": \"2026-11-29T03:00:00Z\", \"submissionId\": null,"
          + " \"reason\": \"处罚决定已被行政复议撤销\", \"fields\": {\"CF_JDRQ\": \"2026-11-20\"}},"
          + " {\"version\": 2, \"change\": \"CORRECTED\", \"recordedAt\": \"2026-11-28T03:00:00Z\","
          + " \"submissionId\": \"0b8f6f7e-3f0a-4a53-9b0e-1d2c3b4a5f60\", \"reason\": null,"
          + " \"fields\": {\"CF_JDRQ\": \"2026-11-20\"}}, {\"version\": 1, \"change\": \"CREATED\","
          + " \"recordedAt\": \"2026-11-27T03:00:00Z\", \"submissionId\":"
          + " \"9a7c1b7e-0d1e-4f5a-8b2c-3d4e5f6a7b8c\", \"reason\": null, \"fields\":"
          + " {\"CF_JDRQ\": \"2026-11-20\"}}]}";

  static final String REASON_MISSING =
      "{\"type\": \"https://credit.zhangye.gov.cn/problems/validation-failed\", \"title\":"
          + " \"请求内容不合格\", \"status\": 422, \"detail\": \"撤销须说明原因。\", \"errors\":"
          + " [{\"pointer\": \"/reason\", \"code\": \"required\", \"message\": \"撤销原因须为 1 至 500 个字符。\"}]}";

  private RecordExamples() {}
}
