package cn.gov.zhangye.credit.platform.privacy;

import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Masks the resident identity numbers in every log message before a handler writes it, whatever
 * logged it (a request path in an access log or a failure, a value in a message). Registered on the
 * console and file handlers in application.properties as {@value #NAME}.
 */
@LoggingFilter(name = IdentityNumberLogFilter.NAME)
public final class IdentityNumberLogFilter implements Filter {

  public static final String NAME = "identity-number-mask";

  @Override
  public boolean isLoggable(LogRecord record) {
    if (record instanceof ExtLogRecord extended) {
      String message = extended.getFormattedMessage();
      String masked = IdentityNumberMask.mask(message);
      if (message != null && !masked.equals(message)) {
        extended.setMessage(masked, ExtLogRecord.FormatStyle.NO_FORMAT);
        extended.setParameters(null);
      }
    }
    return true;
  }
}
