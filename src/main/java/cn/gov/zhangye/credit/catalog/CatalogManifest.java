package cn.gov.zhangye.credit.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * The catalogue's own description, {@code catalog.json}: its version, what it is based on, from
 * when it applies, the publication periods it uses and the files it consists of.
 *
 * @param calendarFile the working-day calendar, read by {@code catalog.calendar.WorkingCalendar}
 */
public record CatalogManifest(
    String version,
    BilingualName basis,
    BilingualName supplement,
    LocalDate effectiveDate,
    PublicationPeriods publicationPeriods,
    List<String> recordTypeFiles,
    String listTypeFile,
    String calendarFile) {

  public CatalogManifest {
    recordTypeFiles = List.copyOf(recordTypeFiles);
  }
}
