package cn.gov.zhangye.credit.platform.openapi;

import java.util.function.BiConsumer;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;

/** The operations of a contract, for the filters that complete each of them. */
public final class ContractOperations {

  private ContractOperations() {}

  /** Hands every operation of {@code openAPI} with its path to {@code complete}. */
  public static void each(OpenAPI openAPI, BiConsumer<String, Operation> complete) {
    if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
      return;
    }
    openAPI
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) ->
                item.getOperations()
                    .values()
                    .forEach(operation -> complete.accept(path, operation)));
  }
}
