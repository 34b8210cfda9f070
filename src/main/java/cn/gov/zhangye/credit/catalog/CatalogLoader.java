package cn.gov.zhangye.credit.catalog;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the catalogue, starting from its manifest {@code catalog.json}, and checks it: every file
 * follows its {@link CatalogFormat}, record type codes are unique, and the {@link RecordTypeChecks}
 * and {@link ListTypeChecks} pass. The first problem found stops the load.
 */
final class CatalogLoader {

  static final String MANIFEST = "catalog.json";

  private final CatalogFiles files;

  private CatalogLoader(CatalogFiles files) {
    this.files = files;
  }

  /**
   * @throws CatalogException naming the file, the place in it and what is wrong
   */
  static CatalogData load(CatalogFiles files) {
    return new CatalogLoader(files).load();
  }

  private CatalogData load() {
    CatalogManifest manifest = read(MANIFEST, CatalogFormat.MANIFEST, CatalogManifest.class);
    Map<String, String> fileByCode = new LinkedHashMap<>();
    List<RecordType> recordTypes = new ArrayList<>();
    for (String path : manifest.recordTypeFiles()) {
      RecordType type = read(path, CatalogFormat.RECORD_TYPE, RecordType.class);
      String file = files.describe(path);
      String earlier = fileByCode.putIfAbsent(type.code(), file);
      if (earlier != null) {
        throw CatalogException.at(
            file,
            JsonPointer.compile("/code"),
            "record type %s is already defined in %s".formatted(type.code(), earlier));
      }
      RecordTypeChecks.check(file, type, manifest.publicationPeriods());
      recordTypes.add(type);
    }
    List<ListType> listTypes =
        read(manifest.listTypeFile(), CatalogFormat.LIST_TYPES, ListTypesFile.class).listTypes();
    new ListTypeChecks(files.describe(manifest.listTypeFile()), recordTypes, fileByCode)
        .check(listTypes);
    return new CatalogData(manifest, recordTypes, listTypes);
  }

  private <T> T read(String path, CatalogFormat format, Class<T> type) {
    JsonNode document = CatalogJson.read(files, path);
    format.check(files.describe(path), document);
    return CatalogJson.bind(document, type);
  }

  /** The shape of the list types file. */
  record ListTypesFile(List<ListType> listTypes) {}
}
