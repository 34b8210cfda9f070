package cn.gov.zhangye.credit.submission;

/** Examples of the submission contract. */
final class SubmissionExamples {

  private static final String PENALTY_FIELDS =
      "{\"CF_XDR_MC\": \"张掖市甘州区示例商贸有限公司\", \"CF_XDR_LB\": \"法人及非法人组织\","
          + " \"CF_XDR_SHXYM\": \"91620702MA74A0TD98\", \"CF_WSH\": \"张市监罚〔2026〕101号\","
          + " \"CF_WFXW\": \"销售不合格产品\", \"CF_SY\": \"经抽检，当事人销售的电线电缆不合格。\","
          + " \"CF_YJ\": \"《中华人民共和国产品质量法》第四十九条\", \"CF_CFLB\": [\"罚款\"],"
          + " \"CF_NR\": \"罚款人民币贰万元整\", \"CF_NR_FK\": 2, \"CF_JDRQ\": \"2026-11-20\","
          + " \"CF_YXQ\": \"2027-11-20\", \"CF_CFJG\": \"张掖市市场监督管理局\","
          + " \"CF_CFJGDM\": \"11620700MB1234562X\", \"CF_SJLY\": \"张掖市市场监督管理局\","
          + " \"CF_SJLYDM\": \"11620700MB1234562X\"}";

  static final String JSON_BODY =
      "[{\"recordType\": \"ADMIN_PENALTY\", \"sourceRef\": \"ZYSJ-CF-2026-000101\","
          + " \"subject\": {\"kind\": \"ORGANISATION\", \"code\": \"91620702MA74A0TD98\","
          + " \"name\": \"张掖市甘州区示例商贸有限公司\"}, \"fields\": "
          + PENALTY_FIELDS
          + "}]";

  static final String NDJSON_BODY =
      "{\"recordType\": \"ADMIN_PENALTY\", \"sourceRef\": \"ZYSJ-CF-2026-000101\", \"fields\": "
          + PENALTY_FIELDS
          + "}\n";

  static final String CSV_BODY =
      "recordType,sourceRef,行政相对人名称,行政相对人类别,统一社会信用代码,处罚决定书文号,违法行为类型,违法事实,处罚依据,处罚类别,处罚内容,罚款金额（万元）,处罚决定日期,处罚有效期,处罚机关,处罚机关统一社会信用代码,数据来源单位,数据来源单位统一社会信用代码\n"
          + "ADMIN_PENALTY,ZYSJ-CF-2026-000101,张掖市甘州区示例商贸有限公司,法人及非法人组织,91620702MA74A0TD98,张市监罚〔2026〕101号,销售不合格产品,经抽检，当事人销售的电线电缆不合格。,《中华人民共和国产品质量法》第四十九条,罚款,罚款人民币贰万元整,2,2026-11-20,2027-11-20,张掖市市场监督管理局,11620700MB1234562X,张掖市市场监督管理局,11620700MB1234562X\n";

  static final String ID = "0b8f6f7e-3f0a-4a53-9b0e-1d2c3b4a5f60";

  static final String COMPLETED =
      "{\"id\": \"0b8f6f7e-3f0a-4a53-9b0e-1d2c3b4a5f60\", \"status\": \"COMPLETED\","
          + " \"atomic\": false, \"mediaType\": \"application/x-ndjson\", \"records\": 3,"
          + " \"counts\": {\"created\": 1, \"corrected\": 1, \"unchanged\": 0, \"rejected\": 1,"
          + " \"accepted\": 2}, \"receivedAt\": \"2026-11-29T02:15:04.120Z\","
          + " \"completedAt\": \"2026-11-29T02:15:04.388Z\", \"errors\": [{\"index\": 2,"
          + " \"line\": 3, \"recordType\": \"ADMIN_PENALTY\", \"sourceRef\":"
          + " \"ZYSJ-CF-2026-000103\", \"pointer\": \"/fields/CF_JDRQ\", \"code\":"
          + " \"future-date\", \"message\": \"处罚决定日期 2027-01-05 晚于今天 2026-11-29\"}],"
          + " \"moreErrors\": false, \"links\": {\"self\":"
          + " \"/api/v1/submissions/0b8f6f7e-3f0a-4a53-9b0e-1d2c3b4a5f60\", \"errors\":"
          + " \"/api/v1/submissions/0b8f6f7e-3f0a-4a53-9b0e-1d2c3b4a5f60/errors\"}}";

  static final String ACCEPTED =
      "{\"id\": \"5d1e0c7a-8a44-4e0b-a7f5-3c9d2e1b0a99\", \"status\": \"RECEIVED\","
          + " \"atomic\": false, \"mediaType\": \"application/x-ndjson\", \"records\": 250000,"
          + " \"counts\": {\"created\": 0, \"corrected\": 0, \"unchanged\": 0, \"rejected\": 0,"
          + " \"accepted\": 0}, \"receivedAt\": \"2026-11-29T02:20:00.000Z\", \"completedAt\":"
          + " null, \"errors\": [], \"moreErrors\": false, \"links\": {\"self\":"
          + " \"/api/v1/submissions/5d1e0c7a-8a44-4e0b-a7f5-3c9d2e1b0a99\", \"errors\":"
          + " \"/api/v1/submissions/5d1e0c7a-8a44-4e0b-a7f5-3c9d2e1b0a99/errors\"}}";

  static final String PAGE =
      "{\"items\": ["
          + COMPLETED
          + "], \"next\": \"wfdP8lLp1NgcAAtzdWJtaXNzaW9uc1VmTasCABgyMDI2LTExLTI5VDAyOjE1OjA0LjEyMFoAJDBiOGY2ZjdlLTNmMGEtNGE1My05YjBlLTFkMmMzYjRhNWY2MA\"}";

  static final String ERRORS =
      "{\"items\": [{\"index\": 2, \"line\": 3, \"recordType\": \"ADMIN_PENALTY\","
          + " \"sourceRef\": \"ZYSJ-CF-2026-000103\", \"pointer\": \"/fields/CF_JDRQ\","
          + " \"code\": \"future-date\", \"message\": \"处罚决定日期 2027-01-05 晚于今天 2026-11-29\"}],"
          + " \"next\": \"wcG05vKees3SABFzdWJtaXNzaW9uLWVycm9yc6OmMK8BAAEy\"}";

  static final String BATCH_REJECTED =
      "{\"type\": \"https://credit.zhangye.gov.cn/problems/batch-rejected\", \"title\":"
          + " \"整批报送被拒绝\", \"status\": 422, \"detail\": \"3 条记录中有 1 条不合格，整批未写入；全部错误见"
          + " /api/v1/submissions/0b8f6f7e-3f0a-4a53-9b0e-1d2c3b4a5f60/errors\", \"errors\":"
          + " [{\"pointer\": \"/2/fields/CF_JDRQ\", \"code\": \"future-date\", \"message\":"
          + " \"处罚决定日期 2027-01-05 晚于今天 2026-11-29\"}]}";

  static final String KEY_REUSED =
      "{\"type\": \"https://credit.zhangye.gov.cn/problems/idempotency-key-reused\", \"title\":"
          + " \"幂等键已用于另一请求\", \"status\": 422, \"detail\": \"幂等键 batch-20261129-01"
          + " 已用于内容不同的报送 /api/v1/submissions/0b8f6f7e-3f0a-4a53-9b0e-1d2c3b4a5f60\"}";

  static final String IN_PROGRESS =
      "{\"type\": \"https://credit.zhangye.gov.cn/problems/request-in-progress\", \"title\":"
          + " \"请求仍在处理中\", \"status\": 409, \"detail\": \"使用该幂等键的请求仍在处理，请稍后重试。\"}";

  static final String TOO_LARGE =
      "{\"type\": \"https://credit.zhangye.gov.cn/problems/too-many-records\", \"title\":"
          + " \"记录数超过上限\", \"status\": 413, \"detail\": \"一次报送最多 500000 条记录。\"}";

  static final String TOO_MANY_CONCURRENT =
      "{\"type\": \"https://credit.zhangye.gov.cn/problems/too-many-concurrent-submissions\","
          + " \"title\": \"同时进行的报送过多\", \"status\": 429, \"detail\":"
          + " \"本客户端已有 4 个报送正在接收或处理，请待其完成后重试。\"}";

  static final String RATE_LIMITED =
      "{\"type\": \"https://credit.zhangye.gov.cn/problems/rate-limited\", \"title\":"
          + " \"请求过于频繁\", \"status\": 429, \"detail\":"
          + " \"已用完套餐“submitter”本分钟的 3000 个单位，请 42 秒后重试。\"}";

  private SubmissionExamples() {}
}
