package cn.gov.zhangye.credit.access.audit;

/** Examples of the audit operations in the contract. */
final class AuditExamples {

  static final String NEXT = "wXtGiiddZG8HABFvd24tYXVkaXQtZW50cmllc2Z-NXMBAAQxMDQy";

  static final String PAGE =
      """
      {"items":[{"id":1042,"occurredAt":"2026-11-29T02:15:04.123456Z","clientId":"demo-agency",\
      "kind":"READ","operation":"GET /api/v1/quota","status":200,\
      "requestId":"5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e",\
      "writer":"b7e1c2d4-9f0a-4e5b-8c3d-2a1f0e9d8c7b/3","seq":57,\
      "hash":"9c1e3b5d7f3f1d0c6a9b2e4f7d8a1c5e3b9d0f2a4c6e8b1d3f5a7c9e1b3d5f7a"}],\
      "next":"wXtGiiddZG8HABFvd24tYXVkaXQtZW50cmllc2Z-NXMBAAQxMDQy"}""";

  static final String INTACT =
      """
      {"intact":true,"entries":12840,"chains":24,"checkpoints":310}""";

  static final String BROKEN =
      """
      {"intact":false,"entries":1041,"chains":3,"checkpoints":12,"firstBrokenLink":{"id":1042,\
      "writer":"b7e1c2d4-9f0a-4e5b-8c3d-2a1f0e9d8c7b/3","seq":57,"reason":"content-altered"}}""";

  static final String TAIL_DELETED =
      """
      {"intact":false,"entries":1036,"chains":3,"checkpoints":12,"firstBrokenCheckpoint":{\
      "id":318,"lane":"b7e1c2d4-9f0a-4e5b-8c3d-2a1f0e9d8c7b/3","seq":57,"reason":"tail-deleted"}}""";

  static final String CHECKPOINT_JWS =
      "eyJhbGciOiJFUzI1NiIsImtpZCI6ImstMjAyNi0xMSIsInR5cCI6ImF1ZGl0LWNoZWNrcG9pbnQrandz"
          + "In0.eyJoYXNoIjoiOWMxZTNiNWQ3ZjNmMWQwYzZhOWIyZTRmN2Q4YTFjNWUzYjlkMGYyYTRjNmU4YjFk"
          + "M2Y1YTdjOWUxYjNkNWY3YSIsImxhbmUiOiJiN2UxYzJkNC05ZjBhLTRlNWItOGMzZC0yYTFmMGU5ZDhj"
          + "N2IvMyIsInByZXZpb3VzIjoiNWQ0MTQwMmFiYzRiMmE3NmI5NzE5ZDkxMTAxN2M1OTJhZThmM2M2YjFj"
          + "MmQ0ZTlmMGExYjJjM2Q0ZTVmNmE3YiIsInNlcSI6NTcsInRha2VuQXQiOiIyMDI2LTExLTI5VDAyOjIw"
          + "OjAwLjAwMDAxMloifQ.3q2-7wB4oNqL1m9V0kx8c2Zs6yTf5RgHj4iUe1WbQdA7nXpKvMzC0lYtSaGhJ"
          + "2rE9uFo3wIb6eDk8NcPq5vL_A";

  static final String CHECKPOINTS =
      """
      {"items":[{"id":318,"lane":"b7e1c2d4-9f0a-4e5b-8c3d-2a1f0e9d8c7b/3","seq":57,\
      "hash":"9c1e3b5d7f3f1d0c6a9b2e4f7d8a1c5e3b9d0f2a4c6e8b1d3f5a7c9e1b3d5f7a",\
      "takenAt":"2026-11-29T02:20:00.000012Z","jws":"\
      """
          + CHECKPOINT_JWS
          + """
      "}],"next":null}""";

  static final String REFUSALS =
      """
      {"items":[{"id":7310,"minute":"2026-11-29T02:15:00Z","address":"203.0.113.7",\
      "status":401,"refusals":118},{"id":7309,"minute":"2026-11-29T02:14:00Z",\
      "clientId":"demo-agency","address":"198.51.100.20","status":403,"refusals":2}],\
      "next":null}""";

  static final String BAD_KIND =
      """
      {"type":"https://credit.zhangye.gov.cn/problems/malformed-request","title":"请求格式错误",\
      "status":400,"detail":"请求无法解析，请检查参数和请求体。","instance":"/api/v1/audit/mine",\
      "requestId":"5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e",\
      "errors":[{"pointer":"kind","code":"enum",\
      "message":"kind 取值 DELETE 无效，应为 READ、CHANGE、ADMIN 或 REFUSED。"}]}""";

  private AuditExamples() {}
}
