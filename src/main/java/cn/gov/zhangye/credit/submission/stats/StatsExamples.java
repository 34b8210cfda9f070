package cn.gov.zhangye.credit.submission.stats;

/** Examples of the statistics operation in the contract. */
final class StatsExamples {

  static final String BY_SOURCE =
      """
      {"by":"source","period":{"from":"2026-03-01","to":"2026-03-31","timeZone":"Asia/Shanghai"},\
      "limit":7,"groups":[{"key":"demo-county-shandan","name":"山丹县公共信用信息平台（演示）",\
      "accepted":40,"created":38,"corrected":2,"rejected":0,"errorRate":0.0,\
      "timeliness":{"measured":40,"averageWorkingDays":2.1,"medianWorkingDays":2.0,\
      "withinLimit":40,"withinLimitShare":1.0}},\
      {"key":"demo-department","name":"张掖市市场监督管理局（演示）","accepted":120,"created":100,\
      "corrected":20,"rejected":8,"errorRate":0.0625,"timeliness":{"measured":118,\
      "averageWorkingDays":3.42,"medianWorkingDays":3.0,"withinLimit":110,\
      "withinLimitShare":0.9322}}],\
      "totals":{"accepted":160,"created":138,"corrected":22,"rejected":8,"errorRate":0.0476,\
      "timeliness":{"measured":158,"averageWorkingDays":3.09,"medianWorkingDays":3.0,\
      "withinLimit":150,"withinLimitShare":0.9494}}}""";

  static final String BY_REGION =
      """
      {"by":"region","period":{"from":"2026-03-01","to":"2026-03-31","timeZone":"Asia/Shanghai"},\
      "limit":7,"groups":[{"key":"620702","name":"甘州区","nameEn":"Ganzhou District",\
      "accepted":160,"created":138,"corrected":22,"rejected":0,"errorRate":0.0,\
      "timeliness":{"measured":158,"averageWorkingDays":3.09,"medianWorkingDays":3.0,\
      "withinLimit":150,"withinLimitShare":0.9494}}],\
      "unattributed":{"accepted":0,"created":0,"corrected":0,"rejected":8,"errorRate":1.0,\
      "timeliness":{"measured":0,"withinLimit":0}},\
      "totals":{"accepted":160,"created":138,"corrected":22,"rejected":8,"errorRate":0.0476,\
      "timeliness":{"measured":158,"averageWorkingDays":3.09,"medianWorkingDays":3.0,\
      "withinLimit":150,"withinLimitShare":0.9494}}}""";

  static final String FROM_AFTER_TO =
      """
      {"type":"https://credit.zhangye.gov.cn/problems/malformed-request","title":"请求格式错误",\
      "status":400,"detail":"请求无法解析，请检查参数和请求体。","instance":"/api/v1/stats/submissions",\
      "requestId":"5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e",\
      "errors":[{"pointer":"from","code":"order",\
      "message":"起始日期 from（2026-04-01）晚于截止日期 to（2026-03-31）。"}]}""";

  static final String TOO_LONG =
      """
      {"type":"https://credit.zhangye.gov.cn/problems/malformed-request","title":"请求格式错误",\
      "status":400,"detail":"请求无法解析，请检查参数和请求体。","instance":"/api/v1/stats/submissions",\
      "requestId":"5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e",\
      "errors":[{"pointer":"to","code":"span","message":"统计区间为 731 天，最长 366 天。"}]}""";

  private StatsExamples() {}
}
