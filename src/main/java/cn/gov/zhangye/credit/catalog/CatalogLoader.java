package cn.gov.zhangye.credit.catalog;

import com.fasterxml.jackson.core.JsonPointer;
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
    CatalogManifest manifest = CatalogFormat.MANIFEST.read(files, MANIFEST, CatalogManifest.class);
    Map<String, String> fileByCode = new LinkedHashMap<>();
    List<RecordType> recordTypes = new ArrayList<>();
    for (String path : manifest.recordTypeFiles()) {
      RecordType type = CatalogFormat.RECORD_TYPE.read(files, path, RecordType.class);
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
        CatalogFormat.LIST_TYPES
            .read(files, manifest.listTypeFile(), ListTypesFile.class)
            .listTypes();
    new ListTypeChecks(files.describe(manifest.listTypeFile()), recordTypes, fileByCode)
        .check(listTypes);
    return new CatalogData(manifest, recordTypes, listTypes);
  }

  /** The shape of the list types file. */
  record ListTypesFile(List<ListType> listTypes) {}
}
