package cn.gov.zhangye.credit.access.ratelimit;

import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Reads an IP address written as text, as proxies write them in {@code X-Forwarded-For}: plain, in
 * brackets, or with a port. Never asks DNS: anything but an address literal is no address.
 */
final class IpLiteral {

  private IpLiteral() {}

  static Optional<InetAddress> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String literal = text.strip();
    if (literal.startsWith("[")) {
      int end = literal.indexOf(']');
      literal = end < 0 ? "" : literal.substring(1, end);
    } else if (literal.indexOf(':') > 0 && literal.indexOf(':') == literal.lastIndexOf(':')) {
      literal = literal.substring(0, literal.indexOf(':'));
    }
    return Optional.ofNullable(NetUtil.createInetAddressFromIpAddressString(literal));
  }
}
