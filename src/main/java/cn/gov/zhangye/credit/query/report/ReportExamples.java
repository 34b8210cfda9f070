package cn.gov.zhangye.credit.query.report;

/** Examples of the report operations' bodies, for the OpenAPI contract. */
final class ReportExamples {

  static final String REPORT =
      """
      {
        "number": "ZYXY-20261129-7K3M9Q2D",
        "issuedAt": "2026-11-29T08:30:00Z",
        "expiresAt": "2027-02-27T08:30:00Z",
        "agency": {"id": "demo-agency", "name": "演示信用服务机构（高级）"},
        "asOfPosition": 15342,
        "subject": {
          "kind": "ORGANISATION",
          "code": "91620702MA71XY2KX8",
          "name": "张掖市甘州区示例商贸有限公司",
          "category": "法人及非法人组织",
          "divisionCode": "620702"
        },
        "records": [
          {
            "recordType": "ADMIN_PENALTY",
            "recordTypeName": {"zh": "行政处罚", "en": "Administrative penalty"},
            "sharing": "PUBLIC",
            "version": 1,
            "decisionDate": "2026-11-22",
            "publicationUntil": "2027-11-22",
            "fields": {
              "CF_XDR_MC": "张掖市甘州区示例商贸有限公司",
              "CF_XDR_LB": "法人及非法人组织",
              "CF_XDR_SHXYM": "91620702MA71XY2KX8",
              "CF_WSH": "张市监罚〔2026〕118号",
              "CF_WFXW": "销售不合格产品",
              "CF_CFLB": ["罚款"],
              "CF_NR": "罚款人民币贰万元整",
              "CF_NR_FK": 2,
              "CF_JDRQ": "2026-11-22",
              "CF_CFJG": "张掖市市场监督管理局"
            }
          }
        ],
        "recordCount": 1,
        "truncated": false,
        "verification": {
          "url": "http://localhost:8080/api/v1/reports/ZYXY-20261129-7K3M9Q2D/verification",
          "jwks": "http://localhost:8080/.well-known/jwks.json"
        },
        "signature": {
          "algorithm": "RS256",
          "keyId": "20260601T083000Z",
          "contentHash": "6c1f0e5b8d2a4c7e9b3f1a0d5e8c2b7a4f6d9e1c3b5a7d8f0e2c4b6a8d1f3e5c",
          "jws": "eyJ0eXAiOiJjcmVkaXQtcmVwb3J0K2p3cyIsImtpZCI6IjIwMjYwNjAxVDA4MzAwMFoiLCJhbGciOiJSUzI1NiJ9.eyJhZ2VuY3kiOnsiaWQiOiJkZW1vLWFnZW5jeSJ9fQ.c2lnbmF0dXJlLW9taXR0ZWQtaW4tdGhpcy1leGFtcGxl"
        }
      }
      """;

  static final String RENDERING_BUSY =
      "{\"type\": \"https://credit.zhangye.gov.cn/problems/report-rendering-busy\", \"title\":"
          + " \"报告生成繁忙\", \"status\": 503, \"detail\": \"网关正在同时生成 4 份 PDF 报告，请稍后重试。\"}";

  static final String PDF = "%PDF-1.7 … (a PDF document of one or more A4 pages)";

  static final String VERIFICATION =
      """
      {
        "number": "ZYXY-20261129-7K3M9Q2D",
        "status": "VALID",
        "checked": "HASH",
        "issuedAt": "2026-11-29T08:30:00Z",
        "expiresAt": "2027-02-27T08:30:00Z",
        "asOfPosition": 15342,
        "contentHash": "6c1f0e5b8d2a4c7e9b3f1a0d5e8c2b7a4f6d9e1c3b5a7d8f0e2c4b6a8d1f3e5c",
        "keyId": "20260601T083000Z"
      }
      """;

  static final String ALTERED =
      """
      {
        "number": "ZYXY-20261129-7K3M9Q2D",
        "status": "ALTERED",
        "checked": "REPORT",
        "issuedAt": "2026-11-29T08:30:00Z",
        "expiresAt": "2027-02-27T08:30:00Z",
        "asOfPosition": 15342,
        "contentHash": "6c1f0e5b8d2a4c7e9b3f1a0d5e8c2b7a4f6d9e1c3b5a7d8f0e2c4b6a8d1f3e5c",
        "keyId": "20260601T083000Z"
      }
      """;

  static final String JWS =
      "eyJ0eXAiOiJjcmVkaXQtcmVwb3J0K2p3cyIsImtpZCI6IjIwMjYwNjAxVDA4MzAwMFoiLCJhbGciOiJSUzI1NiJ9"
          + ".eyJhZ2VuY3kiOnsiaWQiOiJkZW1vLWFnZW5jeSJ9fQ"
          + ".c2lnbmF0dXJlLW9taXR0ZWQtaW4tdGhpcy1leGFtcGxl";

  static final String BAD_HASH =
      """
      {
        "type": "https://credit.zhangye.gov.cn/problems/malformed-request",
        "title": "请求格式错误",
        "status": 400,
        "detail": "无法核验所提交的内容，详见 errors。",
        "instance": "/api/v1/reports/ZYXY-20261129-7K3M9Q2D/verification",
        "requestId": "5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e",
        "errors": [
          {"pointer": "hash", "code": "pattern", "message": "摘要须为 64 位十六进制 SHA-256。"}
        ]
      }
      """;

  static final String FORGED =
      """
      {
        "type": "https://credit.zhangye.gov.cn/problems/report-signature-invalid",
        "title": "报告签名无效",
        "status": 422,
        "detail": "签名不是本网关的密钥所签，或已被改动：这不是本网关签发的报告。",
        "instance": "/api/v1/reports/ZYXY-20261129-7K3M9Q2D/verification",
        "requestId": "5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e"
      }
      """;

  private ReportExamples() {}
}
