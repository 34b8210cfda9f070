package cn.gov.zhangye.credit.access.client;

import cn.gov.zhangye.credit.platform.openapi.NamedResponsesFilter;
import cn.gov.zhangye.credit.platform.openapi.ProblemSample;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;

/** The answers every operation on one client shares, as named responses of the contract. */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ClientResponsesFilter extends NamedResponsesFilter implements OASFilter {

  /** The 404 of an operation on a client id that is not registered. */
  static final String CLIENT_NOT_FOUND = "ClientNotFound";

  public ClientResponsesFilter() {
    super(
        Map.entry(
            CLIENT_NOT_FOUND,
            new ProblemSample(
                    ClientProblems.CLIENT_NOT_FOUND,
                    "客户端不存在",
                    "没有编号为 ganzhou-credit 的客户端。",
                    "没有该客户端。/ There is no such client.",
                    "/api/v1/admin/clients/ganzhou-credit")
                .response()));
  }
}
