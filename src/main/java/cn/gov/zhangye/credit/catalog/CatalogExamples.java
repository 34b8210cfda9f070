package cn.gov.zhangye.credit.catalog;

/** Examples of the catalogue operations' bodies, for the OpenAPI contract. */
final class CatalogExamples {

  static final String CATALOG =
      """
      {
        "version": "2024.2",
        "basisZh": "全国公共信用信息基础目录（2024年版）",
        "basisEn": "National basic catalogue of public credit information (2024 edition)",
        "supplementZh": "张掖市公共信用信息补充目录",
        "supplementEn": "Zhangye municipal supplementary catalogue of public credit information",
        "effectiveDate": "2026-04-01",
        "publicationBasisZh": "国家发展和改革委员会令第36号（2026年4月1日起施行）",
        "publicationBasisEn": "NDRC Order No. 36 (in force since 2026-04-01)",
        "publicationClasses": [
          { "class": "MINOR", "minMonths": 0, "maxMonths": 3 },
          { "class": "GENERAL", "minMonths": 3, "maxMonths": 12 },
          { "class": "SERIOUS", "minMonths": 12, "maxMonths": 36 }
        ],
        "recordTypeCount": 8,
        "listTypeCount": 10
      }
      """;

  static final String RECORD_TYPES =
      """
      [
        {
          "code": "ADMIN_LICENCE",
          "nameZh": "行政许可",
          "nameEn": "Administrative licence",
          "subjectKinds": ["ORGANISATION", "PERSON"],
          "sharing": "PUBLIC",
          "publication": { "class": "NONE", "endField": "XK_YXQZI" },
          "repairable": false
        },
        {
          "code": "BLACK_LIST",
          "nameZh": "严重失信主体名单",
          "nameEn": "Black list (seriously dishonest subjects)",
          "subjectKinds": ["ORGANISATION", "PERSON"],
          "sharing": "PUBLIC",
          "publication": { "class": "SERIOUS", "minMonths": 12, "maxMonths": 36, "endField": "MD_YXQZ" },
          "repairable": true
        }
      ]
      """;

  static final String RECORD_TYPE =
      """
      {
        "code": "ADMIN_PENALTY",
        "nameZh": "行政处罚",
        "nameEn": "Administrative penalty",
        "descriptionZh": "行政机关作出的行政处罚决定（“双公示”行政处罚信息）。",
        "descriptionEn": "A penalty decision of an administrative authority, disclosed under the double-publicity rules.",
        "subjectKinds": ["ORGANISATION", "PERSON"],
        "sharing": "PUBLIC",
        "publication": { "class": "GENERAL", "minMonths": 3, "maxMonths": 12, "endField": "CF_GSJZQ" },
        "repairable": true,
        "decisionDateField": "CF_JDRQ",
        "fields": [
          {
            "code": "CF_JDRQ",
            "nameZh": "处罚决定日期",
            "nameEn": "Penalty decision date",
            "descriptionZh": "作出处罚决定的日期，格式 yyyy-MM-dd 或 yyyy/MM/dd。",
            "descriptionEn": "Date of the penalty decision, yyyy-MM-dd or yyyy/MM/dd.",
            "required": true
          }
        ],
        "schema": {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "additionalProperties": false,
          "required": ["CF_JDRQ"],
          "properties": {
            "CF_JDRQ": {
              "title": "处罚决定日期",
              "x-name-en": "Penalty decision date",
              "description": "作出处罚决定的日期，格式 yyyy-MM-dd 或 yyyy/MM/dd。",
              "x-description-en": "Date of the penalty decision, yyyy-MM-dd or yyyy/MM/dd.",
              "type": "string",
              "maxLength": 10,
              "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])|/(0[1-9]|1[0-2])/(0[1-9]|[12][0-9]|3[01]))$"
            }
          }
        }
      }
      """;

  static final String LIST_TYPES =
      """
      [
        {
          "code": "SPC_DISHONEST_JUDGMENT_DEBTOR",
          "nameZh": "失信被执行人",
          "nameEn": "Dishonest judgment debtors",
          "kind": "BLACK",
          "authorityCode": "SPC",
          "authorityNameZh": "最高人民法院",
          "authorityNameEn": "Supreme People's Court",
          "recordType": "BLACK_LIST"
        },
        {
          "code": "STA_A_GRADE_TAXPAYER",
          "nameZh": "纳税信用A级纳税人",
          "nameEn": "A-grade taxpayers",
          "kind": "RED",
          "authorityCode": "STA",
          "authorityNameZh": "国家税务总局",
          "authorityNameEn": "State Taxation Administration",
          "recordType": "RED_LIST"
        }
      ]
      """;

  static final String PENALTY =
      """
      {
        "subjectKind": "ORGANISATION",
        "fields": {
          "CF_XDR_MC": "张掖市甘州区祁连商贸有限公司",
          "CF_XDR_LB": "法人及非法人组织",
          "CF_XDR_SHXYM": "91620702MA72TQ3P4L",
          "CF_WSH": "甘州市监罚〔2026〕27号",
          "CF_WFXW": "销售超过保质期的食品",
          "CF_SY": "2026年3月12日检查发现当事人货架上陈列超过保质期的饮料12瓶。",
          "CF_YJ": "《中华人民共和国食品安全法》第一百二十四条第一款",
          "CF_CFLB": ["罚款", "没收违法所得"],
          "CF_NR": "罚款人民币伍万元，没收违法所得人民币叁佰陆拾元。",
          "CF_NR_FK": 5,
          "CF_NR_WFFF": 0.036,
          "CF_JDRQ": "2026-04-10",
          "CF_YXQ": "2027-04-09",
          "CF_CFJG": "张掖市甘州区市场监督管理局",
          "CF_CFJGDM": "11620702013928473R",
          "CF_SJLY": "张掖市甘州区市场监督管理局",
          "CF_SJLYDM": "11620702013928473R"
        }
      }
      """;

  static final String PENALTY_BY_CHINESE_NAMES =
      """
      {
        "subjectKind": "ORGANISATION",
        "fields": {
          "行政相对人名称": "张掖市甘州区祁连商贸有限公司",
          "行政相对人类别": "法人及非法人组织",
          "统一社会信用代码": "91620702MA72TQ3P4L",
          "行政处罚决定书文号": "甘州市监罚〔2026〕27号",
          "违法行为类型": "销售超过保质期的食品",
          "违法事实": "2026年3月12日检查发现当事人货架上陈列超过保质期的饮料12瓶。",
          "处罚依据": "《中华人民共和国食品安全法》第一百二十四条第一款",
          "处罚类别": ["罚款"],
          "处罚内容": "罚款人民币伍万元。",
          "处罚决定日期": "2026年4月10日",
          "处罚有效期": "2027-04-09",
          "处罚机关": "张掖市甘州区市场监督管理局",
          "处罚机关统一社会信用代码": "11620702013928473R",
          "数据来源单位": "张掖市甘州区市场监督管理局",
          "数据来源单位统一社会信用代码": "11620702013928473R"
        }
      }
      """;

  static final String VALID =
      """
      { "valid": true }
      """;

  static final String VALIDATION_FAILED =
      """
      {
        "type": "https://credit.zhangye.gov.cn/problems/validation-failed",
        "title": "请求数据校验未通过",
        "status": 422,
        "detail": "请求数据有 2 处错误，详见 errors。",
        "instance": "/api/v1/catalog/record-types/ADMIN_PENALTY/validation",
        "requestId": "5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e",
        "errors": [
          {
            "pointer": "/fields/处罚决定日期",
            "code": "pattern",
            "message": "“处罚决定日期”（CF_JDRQ）应为日期，格式 yyyy-MM-dd 或 yyyy/MM/dd。"
          },
          {
            "pointer": "/fields/CF_NR_FK",
            "code": "required",
            "message": "处罚类别含罚款时，必须填写“罚款金额（万元）”（CF_NR_FK）。"
          }
        ]
      }
      """;

  static final String UNKNOWN_RECORD_TYPE =
      """
      {
        "type": "https://credit.zhangye.gov.cn/problems/unknown-record-type",
        "title": "记录类型不存在",
        "status": 404,
        "detail": "公共信用信息目录中没有代码为 ADMIN_FINE 的记录类型。",
        "instance": "/api/v1/catalog/record-types/ADMIN_FINE",
        "requestId": "5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e"
      }
      """;

  static final String INVALID_LIST_KIND =
      """
      {
        "type": "https://credit.zhangye.gov.cn/problems/malformed-request",
        "title": "请求格式错误",
        "status": 400,
        "detail": "请求无法解析，请检查参数和请求体。",
        "instance": "/api/v1/catalog/list-types",
        "requestId": "5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e",
        "errors": [
          { "pointer": "kind", "code": "enum", "message": "参数 kind 的值“GREEN”无效，可选值：RED / BLACK / WATCH。" }
        ]
      }
      """;

  static final String MALFORMED_BODY =
      """
      {
        "type": "https://credit.zhangye.gov.cn/problems/malformed-request",
        "title": "请求格式错误",
        "status": 400,
        "detail": "请求体中有字段的类型不符（第 1 行第 17 列附近）。",
        "instance": "/api/v1/catalog/record-types/ADMIN_PENALTY/validation",
        "requestId": "5f0c6d1e-8a4b-4d1c-9d47-2b8f4e1a7c3e",
        "errors": [
          { "pointer": "/subjectKind", "code": "type", "message": "字段 /subjectKind 的值类型不符。" }
        ]
      }
      """;

  private CatalogExamples() {}
}
