package cn.gov.zhangye.credit.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What {@code GET /api/v1/catalog} answers: the version of the catalogue in use. */
@Schema(
    name = "CatalogInfo",
    description = "所用公共信用信息目录的版本信息。/ The version of the catalogue in use.")
public record CatalogInfo(
    @Schema(description = "目录版本。/ Catalogue version.", example = "2024.2") String version,
    @Schema(
            description = "依据的全国目录。/ The national catalogue it is based on.",
            example = "全国公共信用信息基础目录（2024年版）")
        String basisZh,
    @Schema(
            description = "依据的全国目录（英文）。/ The national catalogue it is based on, in English.",
            example = "National basic catalogue of public credit information (2024 edition)")
        String basisEn,
    @Schema(description = "地方补充目录。/ The local supplementary catalogue.", example = "张掖市公共信用信息补充目录")
        String supplementZh,
    @Schema(
            description = "地方补充目录（英文）。/ The local supplementary catalogue, in English.",
            example = "Zhangye municipal supplementary catalogue of public credit information")
        String supplementEn,
    @Schema(description = "生效日期。/ Date from which it applies.", example = "2026-04-01")
        LocalDate effectiveDate,
    @Schema(
            description = "公示期限的依据。/ The rule the publication periods come from.",
            example = "国家发展和改革委员会令第36号（2026年4月1日起施行）")
        String publicationBasisZh,
    @Schema(
            description = "公示期限的依据（英文）。/ The rule the publication periods come from, in English.",
            example = "NDRC Order No. 36 (in force since 2026-04-01)")
        String publicationBasisEn,
    @Schema(description = "各失信等级的公示期限范围。/ Publication bounds of each dishonesty class.")
        List<ClassBounds> publicationClasses,
    @Schema(description = "记录类型数。/ Number of record types.", example = "8") int recordTypeCount,
    @Schema(description = "名单类型数。/ Number of list types.", example = "10") int listTypeCount) {

  static CatalogInfo of(Catalog catalog) {
    CatalogManifest manifest = catalog.manifest();
    PublicationPeriods periods = manifest.publicationPeriods();
    List<ClassBounds> bounds =
        periods.classes().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(
                entry ->
                    new ClassBounds(
                        entry.getKey(), entry.getValue().minMonths(), entry.getValue().maxMonths()))
            .toList();
    return new CatalogInfo(
        manifest.version(),
        manifest.basis().zh(),
        manifest.basis().en(),
        manifest.supplement().zh(),
        manifest.supplement().en(),
        manifest.effectiveDate(),
        periods.basis().zh(),
        periods.basis().en(),
        bounds,
        catalog.recordTypes().size(),
        catalog.listTypes().size());
  }
}
