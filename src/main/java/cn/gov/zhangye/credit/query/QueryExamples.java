package cn.gov.zhangye.credit.query;

/** Examples of the query contract. */
final class QueryExamples {

  private static final String PROBLEMS = "https://credit.zhangye.gov.cn/problems/";

  static final String RECORDS_NEXT =
      "wQAj-mXCZ3_QAA9zdWJqZWN0LXJlY29yZHO-QGhuAgAKMjAyNi0xMS0yMAAFMTA0ODI";
  static final String SEARCH_NEXT =
      "wYuWOlR0PbQ1AA5zdWJqZWN0LXNlYXJjaKgcxzMCACrlvKDmjpbluILnlJjlt57ljLrnpLrkvovllYbotLjmnInpmZDlhazlj7gABTEwNDgy";
  static final String HISTORY_NEXT = "wQeMnNRAI5WtAA1xdWVyeS1oaXN0b3J5ogtHyAEABDEwNDI";

  static final String PROFILE =
      """
      {"code": "91620702MA74A0TD98", "kind": "ORGANISATION", "name": "张掖市甘州区示例商贸有限公司",
       "region": {"code": "620702", "name": {"zh": "甘州区", "en": "Ganzhou District"}},
       "registration": {"category": "法人及非法人组织",
         "registrationAuthority": {"code": "9", "name": {"zh": "工商（市场监管）", "en": "Market regulation"}},
         "organisationType": {"code": "1", "name": {"zh": "企业", "en": "Enterprise"}},
         "firstRecordedAt": "2026-01-05T02:00:00Z"},
       "recordCounts": {"ADMIN_LICENCE": 3, "ADMIN_PENALTY": 1},
       "flags": {"blackList": false, "redList": false, "underObjection": false},
       "lastChangedAt": "2026-11-28T03:00:00Z", "recordsTruncated": false}""";

  static final String PERSON_PROFILE =
      """
      {"code": "620702********123X", "kind": "PERSON", "name": "张*",
       "region": {"code": "620702", "name": {"zh": "甘州区", "en": "Ganzhou District"}},
       "registration": {"firstRecordedAt": "2026-03-01T02:00:00Z"},
       "recordCounts": {"ADMIN_PENALTY": 1},
       "flags": {"blackList": false, "redList": false, "underObjection": false},
       "lastChangedAt": "2026-03-01T02:00:00Z", "recordsTruncated": false,
       "subject": "person_Xq3v0Jb5mP2a9Lk4sT7wYcE1hN8dR6uV0iO3gF2jK5lZ"}""";

  static final String LOOKUP =
      """
      {"identityNumber": "620702198506120016"}""";

  static final String IDENTITY_NUMBER_IN_URL =
      """
      {"type": "https://credit.zhangye.gov.cn/problems/identity-number-in-url",
       "title": "网址中不得含身份证号码", "status": 400,
       "detail": "身份证号码不得出现在网址（路径或查询参数）中。查询自然人请用 POST /api/v1/persons/lookup，在请求体的 identityNumber 中给出号码，再以返回的 subject 句柄调用 /api/v1/subjects/ 下的路径。",
       "instance": "/api/v1/subjects/620702********0016"}""";

  static final String RECORDS =
      """
      {"code": "91620702MA74A0TD98", "name": "张掖市甘州区示例商贸有限公司",
       "items": [{"id": "10482", "recordType": "ADMIN_PENALTY", "version": 2,
         "decisionDate": "2026-11-20", "publicationUntil": "2027-11-20",
         "updatedAt": "2026-11-28T03:00:00Z",
         "fields": {"CF_XDR_MC": "张掖市甘州区示例商贸有限公司", "CF_WSH": "张市监罚〔2026〕101号",
           "CF_CFLB": ["罚款"], "CF_NR_FK": 2, "CF_JDRQ": "2026-11-20"}}],
       "next": "wQAj-mXCZ3_QAA9zdWJqZWN0LXJlY29yZHO-QGhuAgAKMjAyNi0xMS0yMAAFMTA0ODI"}""";

  static final String SEARCH =
      """
      {"items": [{"code": "91620702MA74A0TD98", "kind": "ORGANISATION", "name": "张掖市甘州区示例商贸有限公司",
         "region": {"code": "620702", "name": {"zh": "甘州区", "en": "Ganzhou District"}},
         "flags": {"blackList": false, "redList": false, "underObjection": false}}],
       "next": "wYuWOlR0PbQ1AA5zdWJqZWN0LXNlYXJjaKgcxzMCACrlvKDmjpbluILnlJjlt57ljLrnpLrkvovllYbotLjmnInpmZDlhazlj7gABTEwNDgy"}""";

  static final String BATCH =
      """
      {"codes": ["91620702MA74A0TD98", "91620702MA74A0TD7Y", "91620723MA72BQ1K5H"]}""";

  static final String BATCH_ANSWER =
      """
      {"results": [
        {"index": 0, "code": "91620702MA74A0TD98", "status": 200, "profile": {"code": "91620702MA74A0TD98",
          "kind": "ORGANISATION", "name": "张掖市甘州区示例商贸有限公司", "region": {"code": "620702"},
          "recordCounts": {"ADMIN_LICENCE": 3},
          "flags": {"blackList": false, "redList": false, "underObjection": false},
          "lastChangedAt": "2026-11-28T03:00:00Z", "recordsTruncated": false}},
        {"index": 1, "code": "916207**********7Y", "status": 400, "problem": {
          "type": "https://credit.zhangye.gov.cn/problems/invalid-subject-code", "title": "主体代码无效",
          "status": 400, "detail": "该代码既不是有效的统一社会信用代码，也不是有效的公民身份号码。",
          "errors": [{"pointer": "/codes/1", "code": "credit-code.check-character",
            "message": "校验未通过：按前 17 位计算，第 18 位校验码应为“X”，实际为“Y”。请逐位核对。"}]}},
        {"index": 2, "code": "91620723MA72BQ1K5H", "status": 404, "problem": {
          "type": "https://credit.zhangye.gov.cn/problems/not-found", "title": "资源不存在",
          "status": 404, "detail": "没有可供查看的该主体。"}}]}""";

  static final String HISTORY =
      """
      {"items": [{"id": "1042", "occurredAt": "2026-11-29T02:15:04.123456Z",
         "operation": "GET /api/v1/subjects/{code}", "subjects": ["620702********123X"],
         "purpose": "LOAN", "consentReference": "AUTH-2026-000123", "status": 200,
         "requestId": "5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e"}],
       "next": "wQeMnNRAI5WtAA1xdWVyeS1oaXN0b3J5ogtHyAEABDEwNDI"}""";

  static final String INVALID_CODE =
      "{\"type\": \""
          + PROBLEMS
          + "invalid-subject-code\", \"title\": \"主体代码无效\", \"status\": 400, \"detail\":"
          + " \"该代码既不是有效的统一社会信用代码，也不是有效的公民身份号码。\", \"errors\": [{\"pointer\":"
          + " \"code\", \"code\": \"credit-code.check-character\", \"message\":"
          + " \"校验未通过：按前 17 位计算，第 18 位校验码应为“X”，实际为“Y”。请逐位核对。\"}]}";

  static final String PERSON_INCOMPLETE =
      "{\"type\": \""
          + PROBLEMS
          + "person-query-incomplete\", \"title\": \"自然人查询条件不全\", \"status\": 400, \"detail\":"
          + " \"查询自然人须在每次请求中说明查询目的并提供本人授权书编号。\", \"errors\": [{\"pointer\":"
          + " \"Query-Purpose\", \"code\": \"unknown-purpose\", \"message\":"
          + " \"查询目的须为以下之一：LOAN, EMPLOYMENT, LEASE, TENDER, OTHER。\"}, {\"pointer\":"
          + " \"Consent-Reference\", \"code\": \"required\", \"message\": \"缺少请求头 Consent-Reference：本人授权书编号。\"}]}";

  static final String NOT_LICENSED =
      "{\"type\": \""
          + PROBLEMS
          + "person-query-not-licensed\", \"title\": \"未获准查询自然人\", \"status\": 403, \"detail\":"
          + " \"调用方未获准查询自然人信用信息。\"}";

  static final String NOT_FOUND =
      "{\"type\": \""
          + PROBLEMS
          + "not-found\", \"title\": \"资源不存在\", \"status\": 404, \"detail\": \"没有可供查看的该主体。\"}";

  static final String NOT_GRANTED =
      "{\"type\": \""
          + PROBLEMS
          + "record-type-not-granted\", \"title\": \"未获授权的记录类型\", \"status\": 403, \"detail\":"
          + " \"调用方未获授权查看 BAD_RECORD 类记录。\"}";

  static final String SHORT_TEXT =
      "{\"type\": \""
          + PROBLEMS
          + "malformed-request\", \"title\": \"请求格式错误\", \"status\": 400, \"detail\":"
          + " \"请求无法解析，请检查参数和请求体。\", \"errors\": [{\"pointer\": \"q\", \"code\": \"length\","
          + " \"message\": \"查询内容须为 2 至 100 个字符。\"}]}";

  static final String BAD_TIME =
      "{\"type\": \""
          + PROBLEMS
          + "malformed-request\", \"title\": \"请求格式错误\", \"status\": 400, \"detail\":"
          + " \"请求无法解析，请检查参数和请求体。\", \"errors\": [{\"pointer\": \"from\", \"code\": \"format\","
          + " \"message\": \"参数 from 须为 ISO 8601 时间，如 2026-11-29T00:00:00Z。\"}]}";

  static final String BATCH_TOO_LARGE =
      "{\"type\": \""
          + PROBLEMS
          + "batch-too-large\", \"title\": \"批量查询代码过多\", \"status\": 400, \"detail\":"
          + " \"一次最多查询 100 个代码，本次为 101 个。\"}";

  static final String DUPLICATES =
      "{\"type\": \""
          + PROBLEMS
          + "duplicate-codes\", \"title\": \"批量查询代码重复\", \"status\": 400, \"detail\":"
          + " \"有 1 个代码重复。\", \"errors\": [{\"pointer\": \"/codes/2\", \"code\": \"duplicate\","
          + " \"message\": \"代码 91620702MA74A0TD98 与第 0 项重复。\"}]}";

  private QueryExamples() {}
}
