package cn.gov.zhangye.credit.platform.launch;

import cn.gov.zhangye.credit.platform.Causes;
import io.quarkus.runtime.configuration.ConfigurationException;
import java.net.BindException;

/** Puts a failed start into one line an operator can act on. */
final class StartFailure {

  private StartFailure() {}

  static String describe(Throwable failure) {
    BindException portTaken = Causes.find(failure, BindException.class);
    if (portTaken != null) {
      return "the HTTP port is in use by another process ("
          + portTaken.getMessage()
          + "). Stop that process or set quarkus.http.port.";
    }
    ConfigurationException wrongSetting = Causes.find(failure, ConfigurationException.class);
    if (wrongSetting != null) {
      return wrongSetting.getMessage();
    }
    return failure.getMessage() + " (cause: " + Causes.rootMessage(failure) + ")";
  }
}
