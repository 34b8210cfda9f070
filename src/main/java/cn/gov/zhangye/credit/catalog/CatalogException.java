package cn.gov.zhangye.credit.catalog;

import com.fasterxml.jackson.core.JsonPointer;

/** The catalogue data is broken; the message says which file and what is wrong with it. */
public class CatalogException extends RuntimeException {

  public CatalogException(String message) {
    super(message);
  }

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * What is wrong at {@code pointer} (a JSON Pointer; empty for the whole document) of {@code
   * file}, as {@code "<file>: <pointer>: <problem>"}.
   */
  public static CatalogException at(String file, JsonPointer pointer, String problem) {
    return new CatalogException(describe(file, pointer, problem));
  }

  static String describe(String file, JsonPointer pointer, String problem) {
    String where = pointer.matches() ? "(document)" : pointer.toString();
    return file + ": " + where + ": " + problem;
  }
}
