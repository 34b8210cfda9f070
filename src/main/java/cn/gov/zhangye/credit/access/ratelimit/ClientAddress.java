package cn.gov.zhangye.credit.access.ratelimit;

import io.netty.util.NetUtil;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The address a call comes from, as far as trusted proxies let us see it. Limits count an IPv4
 * address alone and an IPv6 address by its /64 network, since one IPv6 host commonly holds a whole
 * /64 and could otherwise take a fresh allowance for every call.
 */
public record ClientAddress(InetAddress address) {

  private static final int IPV6_NETWORK_BYTES = 8;

  /** What limits are counted for: the IPv4 address, or the IPv6 /64 network. */
  public String key() {
    if (!(address instanceof Inet6Address)) {
      return toString();
    }
    byte[] network = Arrays.copyOf(address.getAddress(), 16);
    Arrays.fill(network, IPV6_NETWORK_BYTES, network.length, (byte) 0);
    try {
      return NetUtil.toAddressString(InetAddress.getByAddress(network)) + "/64";
    } catch (UnknownHostException impossible) {
      throw new IllegalStateException("16 bytes are an IPv6 address", impossible);
    }
  }

  @Override
  public String toString() {
    return NetUtil.toAddressString(address);
  }
}
