package cn.gov.zhangye.credit.catalog;

/** The catalogue data is broken; the message says which file and what is wrong with it. */
public class CatalogException extends RuntimeException {

  public CatalogException(String message) {
    super(message);
  }

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
