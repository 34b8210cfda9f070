package cn.gov.zhangye.credit.query;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Limits of the agencies' queries, the person-query purposes and the subject cache. */
@ConfigMapping(prefix = "credit.query")
public interface QueryConfig {

  /** The values allowed in the {@code Query-Purpose} header of a person query. */
  @WithDefault("LOAN,EMPLOYMENT,LEASE,TENDER,OTHER")
  List<String> purposes();

  /** The longest {@code Consent-Reference} accepted, in characters. */
  @WithDefault("64")
  int consentReferenceMaxLength();

  /**
   * The most organisations one search page looks at: matching names are read in order and kept when
   * the agency may see a record of them. When this many were looked at before the page is full, the
   * page is shorter, with a cursor to go on from there.
   */
  @WithDefault("2000")
  int searchScanLimit();

  /** The most codes in one batch query; more is refused with 400. */
  @WithDefault("100")
  int maxBatchSize();

  /**
   * How long a client's grants (conditional record types, person-query licence) are reused before
   * they are read again: a change of grants takes effect within this time.
   */
  @WithDefault("PT30S")
  Duration grantsLifespan();

  /**
   * The most records of one subject a cached snapshot holds, the newest; it counts all of them by
   * type. The records of a subject with more are listed a page at a time from the database, and its
   * reports read theirs from there.
   */
  @WithDefault("200")
  int snapshotRecords();

  /** The subject cache. */
  Cache cache();

  /** The subject cache: each replica's copies of subjects with their records. */
  interface Cache {

    /** Subjects each replica keeps; the least recently used go first. */
    @WithDefault("100000")
    long maxEntries();

    /**
     * The longest a cached subject is kept. It also leaves the cache on the day after the earliest
     * publication end of its records, and at once, cluster-wide, when one of its records changes.
     */
    @WithDefault("PT10M")
    Duration maxLifespan();
  }
}
