package cn.gov.zhangye.credit.access.ratelimit;

import java.net.InetAddress;

/** A range of IP addresses in CIDR notation, e.g. {@code 10.0.0.0/8}; a bare address is itself. */
final class AddressRange {

  private final byte[] network;
  private final int prefixLength;

  private AddressRange(byte[] network, int prefixLength) {
    this.network = network;
    this.prefixLength = prefixLength;
  }

  static AddressRange parse(String cidr) {
    String[] parts = cidr.strip().split("/", 2);
    byte[] network = IpLiteral.parse(parts[0]).orElseThrow(() -> invalid(cidr)).getAddress();
    int prefixLength;
    try {
      prefixLength = parts.length == 1 ? network.length * 8 : Integer.parseInt(parts[1]);
    } catch (NumberFormatException notANumber) {
      throw invalid(cidr);
    }
    if (prefixLength < 0 || prefixLength > network.length * 8) {
      throw invalid(cidr);
    }
    return new AddressRange(network, prefixLength);
  }

  boolean contains(InetAddress address) {
    byte[] candidate = address.getAddress();
    if (candidate.length != network.length) {
      return false;
    }
    int fullBytes = prefixLength / 8;
    for (int i = 0; i < fullBytes; i++) {
      if (candidate[i] != network[i]) {
        return false;
      }
    }
    int restBits = prefixLength % 8;
    int mask = (0xff << (8 - restBits)) & 0xff;
    return restBits == 0 || (candidate[fullBytes] & mask) == (network[fullBytes] & mask);
  }

  private static IllegalArgumentException invalid(String cidr) {
    return new IllegalArgumentException(
        "credit.rate-limit.trusted-proxies: '"
            + cidr
            + "' is not an address range such as 10.0.0.0/8");
  }
}
