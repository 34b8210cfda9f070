package cn.gov.zhangye.credit.record;

/**
 * Another transaction created a record this one was creating; retrying the chunk turns it into a
 * correction or a no-op.
 */
public class ConcurrentRecordWrite extends RuntimeException {

  public ConcurrentRecordWrite() {
    super("A record of the chunk was created concurrently; retry the chunk", null, false, false);
  }
}
