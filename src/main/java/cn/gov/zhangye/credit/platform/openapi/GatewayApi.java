package cn.gov.zhangye.credit.platform.openapi;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The API as a whole: one tag per feature. Title, contact and licence come from configuration. */
@OpenAPIDefinition(
    info = @Info(title = "信用张掖 开放数据网关 / Credit Zhangye Open-Data Gateway", version = "1.0.0"),
    tags = {
      @Tag(
          name = "catalog",
          description =
              "公共信用信息目录、行政区划与主体代码校验。/ The public credit information catalogue,"
                  + " administrative divisions and subject code checks."),
      @Tag(
          name = "access",
          description =
              "访问控制：客户端、令牌、权限范围、限流与审计。/ Access: clients, tokens, scopes, rate limits"
                  + " and the audit log."),
      @Tag(
          name = "submission",
          description =
              "信用记录报送及其统计。/ Submitting credit records, and the statistics of submissions."),
      @Tag(
          name = "query",
          description =
              "信用服务机构查询信用主体（概况、记录、搜索、批量查询、本机构的查询历史），出具与核验信用报告。/ Credit service"
                  + " agencies query subjects (profiles, records, search, batch queries, their own"
                  + " query history); credit reports are issued and verified.")
    })
public class GatewayApi extends Application {}
