package cn.gov.zhangye.credit.catalog;

import cn.gov.zhangye.credit.platform.i18n.Text;
import cn.gov.zhangye.credit.platform.problem.ProblemException;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public credit information catalogue the gateway works with. Loaded and checked at start, so
 * that a broken catalogue stops the start instead of failing requests.
 */
@Startup
@ApplicationScoped
public class Catalog {

  private final CatalogData data;
  private final Map<String, RecordType> recordTypesByCode = new LinkedHashMap<>();

  @Inject
  public Catalog(CatalogConfig config) {
    this(CatalogLoader.load(CatalogFiles.from(config)));
  }

  Catalog(CatalogData data) {
    this.data = data;
    data.recordTypes().forEach(type -> recordTypesByCode.put(type.code(), type));
  }

  CatalogData data() {
    return data;
  }

  public CatalogManifest manifest() {
    return data.manifest();
  }

  /** The record types in the order of the manifest. */
  public List<RecordType> recordTypes() {
    return data.recordTypes();
  }

  public Optional<RecordType> recordType(String code) {
    return Optional.ofNullable(recordTypesByCode.get(code));
  }

  /** The record type of {@code code}; a caller naming an unknown one gets a 404 problem. */
  public RecordType requireRecordType(String code) {
    return recordType(code)
        .orElseThrow(
            () ->
                new ProblemException(
                    CatalogProblems.UNKNOWN_RECORD_TYPE,
                    new Text("problem.unknown-record-type.detail", code)));
  }

  public List<ListType> listTypes() {
    return data.listTypes();
  }
}
