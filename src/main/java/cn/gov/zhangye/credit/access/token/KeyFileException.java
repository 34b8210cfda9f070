package cn.gov.zhangye.credit.access.token;

/** A key file or the key directory cannot be used; the message names it and says what to do. */
class KeyFileException extends RuntimeException {

  KeyFileException(String message) {
    super(message);
  }

  KeyFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
