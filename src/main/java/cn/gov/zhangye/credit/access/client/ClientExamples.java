package cn.gov.zhangye.credit.access.client;

/** Examples of the client admin operations' bodies, for the OpenAPI contract. */
final class ClientExamples {

  static final String NEW_AGENCY =
      """
      {
        "id": "ganzhou-credit-services",
        "displayName": "甘州区诚信征信服务有限公司",
        "kind": "AGENCY",
        "plan": "agency-basic",
        "scopes": ["credit:query"],
        "conditionalRecordTypes": ["BAD_RECORD"],
        "personQueryLicensed": false
      }
      """;

  static final String NEW_COUNTY =
      """
      {
        "id": "minle-county-platform",
        "displayName": "民乐县公共信用信息平台",
        "kind": "COUNTY",
        "plan": "submitter",
        "scopes": ["records:submit"],
        "submittableRecordTypes": ["ADMIN_LICENCE", "ADMIN_PENALTY"],
        "divisionCode": "620722"
      }
      """;

  static final String CREATED =
      """
      {
        "client": {
          "id": "ganzhou-credit-services",
          "displayName": "甘州区诚信征信服务有限公司",
          "kind": "AGENCY",
          "status": "ACTIVE",
          "plan": "agency-basic",
          "scopes": ["credit:query"],
          "submittableRecordTypes": [],
          "conditionalRecordTypes": ["BAD_RECORD"],
          "personQueryLicensed": false,
          "createdAt": "2026-04-01T08:00:00Z",
          "updatedAt": "2026-04-01T08:00:00Z",
          "secretRotatedAt": "2026-04-01T08:00:00Z"
        },
        "clientSecret": "q3Zp0w9JX2m4c7rT1vB8nK5sYdE6fGhA0LuIoP2aQeW"
      }
      """;

  static final String ROTATED =
      """
      {
        "client": {
          "id": "demo-agency",
          "displayName": "演示信用服务机构（高级）",
          "kind": "AGENCY",
          "status": "ACTIVE",
          "plan": "agency-plus",
          "scopes": ["credit:query", "credit:query:person"],
          "submittableRecordTypes": [],
          "conditionalRecordTypes": ["BAD_RECORD", "CREDIT_RATING"],
          "personQueryLicensed": true,
          "createdAt": "2026-04-01T08:00:00Z",
          "updatedAt": "2026-05-12T09:30:00Z",
          "secretRotatedAt": "2026-05-12T09:30:00Z"
        },
        "clientSecret": "Xw7Hk2pQz9LmV4bN0cR8tY6uJ1sD3fGaE5oIqW2eZrT"
      }
      """;

  static final String AGENCY =
      """
      {
        "id": "demo-agency",
        "displayName": "演示信用服务机构（高级）",
        "kind": "AGENCY",
        "status": "ACTIVE",
        "plan": "agency-plus",
        "scopes": ["credit:query", "credit:query:person"],
        "submittableRecordTypes": [],
        "conditionalRecordTypes": ["BAD_RECORD", "CREDIT_RATING"],
        "personQueryLicensed": true,
        "createdAt": "2026-04-01T08:00:00Z",
        "updatedAt": "2026-04-01T08:00:00Z",
        "secretRotatedAt": "2026-04-01T08:00:00Z"
      }
      """;

  static final String SUSPENDED_AGENCY =
      """
      {
        "id": "demo-agency",
        "displayName": "演示信用服务机构（高级）",
        "kind": "AGENCY",
        "status": "SUSPENDED",
        "plan": "agency-plus",
        "scopes": ["credit:query", "credit:query:person"],
        "submittableRecordTypes": [],
        "conditionalRecordTypes": ["BAD_RECORD", "CREDIT_RATING"],
        "personQueryLicensed": true,
        "createdAt": "2026-04-01T08:00:00Z",
        "updatedAt": "2026-05-12T09:30:00Z",
        "secretRotatedAt": "2026-04-01T08:00:00Z"
      }
      """;

  static final String NEXT = "waqBeaNlHq6yAAdjbGllbnRz__cjfAEAEmRlbW8tY291bnR5LWdhb3RhaQ";

  static final String PAGE =
      """
      {
        "items": [
          {
            "id": "demo-county-gaotai",
            "displayName": "高台县公共信用信息平台（演示）",
            "kind": "COUNTY",
            "status": "ACTIVE",
            "plan": "submitter",
            "scopes": ["records:submit"],
            "submittableRecordTypes": ["ADMIN_LICENCE", "ADMIN_PENALTY", "BLACK_LIST"],
            "divisionCode": "620724",
            "conditionalRecordTypes": [],
            "personQueryLicensed": false,
            "createdAt": "2026-04-01T08:00:00Z",
            "updatedAt": "2026-04-01T08:00:00Z",
            "secretRotatedAt": "2026-04-01T08:00:00Z"
          }
        ],
        "next": "waqBeaNlHq6yAAdjbGllbnRz__cjfAEAEmRlbW8tY291bnR5LWdhb3RhaQ"
      }
      """;

  static final String CHANGES =
      """
      {
        "plan": "agency-plus",
        "scopes": ["credit:query", "credit:query:person"],
        "conditionalRecordTypes": ["BAD_RECORD", "CREDIT_RATING"],
        "personQueryLicensed": true
      }
      """;

  static final String CLIENT_EXISTS =
      """
      {
        "type": "https://credit.zhangye.gov.cn/problems/client-conflict",
        "title": "客户端冲突",
        "status": 409,
        "detail": "编号为 ganzhou-credit-services 的客户端已存在。",
        "instance": "/api/v1/admin/clients",
        "requestId": "5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e"
      }
      """;

  static final String CLIENT_CHANGED_MEANWHILE =
      """
      {
        "type": "https://credit.zhangye.gov.cn/problems/client-conflict",
        "title": "客户端冲突",
        "status": 409,
        "detail": "客户端 demo-agency 刚被另一请求修改，请重新读取后再提交。",
        "instance": "/api/v1/admin/clients/demo-agency",
        "requestId": "5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e"
      }
      """;

  static final String CREATE_INVALID =
      """
      {
        "type": "https://credit.zhangye.gov.cn/problems/validation-failed",
        "title": "请求数据校验未通过",
        "status": 422,
        "detail": "请求数据有 3 处错误，详见 errors。",
        "instance": "/api/v1/admin/clients",
        "requestId": "5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e",
        "errors": [
          { "pointer": "/id", "code": "pattern", "message": "客户端编号应为 3–64 个小写字母、数字或连字符，以字母开头，不以连字符结尾。" },
          { "pointer": "/scopes/1", "code": "enum", "message": "“credit:write”不是权限范围，可选值：records:submit / credit:query / credit:query:person / lists:review / redress:file / redress:handle / exchange:admin / stats:read / admin。" },
          { "pointer": "/divisionCode", "code": "not-allowed", "message": "只有县区平台（COUNTY）有区划代码。" }
        ]
      }
      """;

  static final String CHANGE_INVALID =
      """
      {
        "type": "https://credit.zhangye.gov.cn/problems/validation-failed",
        "title": "请求数据校验未通过",
        "status": 422,
        "detail": "请求数据有 2 处错误，详见 errors。",
        "instance": "/api/v1/admin/clients/demo-county-linze",
        "requestId": "5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e",
        "errors": [
          { "pointer": "/submittableRecordTypes/0", "code": "unknown-record-type", "message": "公共信用信息目录中没有代码为 ADMIN_FINE 的记录类型。" },
          { "pointer": "/status", "code": "unknown-member", "message": "客户端没有成员“status”，或此处不能修改它。" }
        ]
      }
      """;

  static final String MALFORMED_BODY =
      """
      {
        "type": "https://credit.zhangye.gov.cn/problems/malformed-request",
        "title": "请求格式错误",
        "status": 400,
        "detail": "请求体中有字段的类型不符（第 1 行第 43 列附近）。",
        "instance": "/api/v1/admin/clients",
        "requestId": "5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e",
        "errors": [
          { "pointer": "/kind", "code": "type", "message": "字段 /kind 的值类型不符。" }
        ]
      }
      """;

  static final String MALFORMED_QUERY =
      """
      {
        "type": "https://credit.zhangye.gov.cn/problems/malformed-request",
        "title": "请求格式错误",
        "status": 400,
        "detail": "请求无法解析，请检查参数和请求体。",
        "instance": "/api/v1/admin/clients",
        "requestId": "5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e",
        "errors": [
          { "pointer": "status", "code": "enum", "message": "参数 status 的值“GONE”无效，可选值：ACTIVE / SUSPENDED。" }
        ]
      }
      """;

  private ClientExamples() {}
}
