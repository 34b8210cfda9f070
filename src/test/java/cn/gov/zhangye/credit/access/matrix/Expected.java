package cn.gov.zhangye.credit.access.matrix;

/**
 * What a cell of the matrix expects: {@code ✓} (the caller gets past authentication and
 * authorization: any answer but 401, 403, 429 or a server error) or an exact status.
 */
record Expected(int status) {

  static final String ALLOWED = "✓";

  private static final Expected PASSES = new Expected(0);

  static Expected parse(String cell) {
    return cell.equals(ALLOWED) ? PASSES : new Expected(Integer.parseInt(cell));
  }

  boolean accepts(int answered) {
    if (status != 0) {
      return answered == status;
    }
    return answered != 401 && answered != 403 && answered != 429 && answered < 500;
  }

  @Override
  public String toString() {
    return status == 0 ? ALLOWED : String.valueOf(status);
  }
}
