package cn.gov.zhangye.credit.access.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private final ClientAddresses behindProxies =
      new ClientAddresses(List.of("10.0.0.0/8", "fd00::/8", "192.0.2.10"));
  private final ClientAddresses direct = new ClientAddresses(List.of());

  @Test
  void withoutTrustedProxiesTheHeaderIsIgnored() {
    assertEquals("10.1.2.3", direct.resolve(ip("10.1.2.3"), List.of("203.0.113.7")).key());
  }

  @Test
  void anUntrustedPeerIsTheClientWhateverItForwards() {
    assertEquals(
        "198.51.100.1", behindProxies.resolve(ip("198.51.100.1"), List.of("203.0.113.7")).key());
  }

  @Test
  void theRightMostAddressThatIsNoTrustedProxyIsTheClient() {
    assertClient("203.0.113.7", "10.0.0.1", "6.6.6.6, 203.0.113.7, 10.0.0.2");
    assertClient("203.0.113.7", "192.0.2.10", "6.6.6.6,203.0.113.7");
  }

  @Test
  void severalHeadersAreOneList() {
    assertEquals(
        "203.0.113.7",
        behindProxies.resolve(ip("10.0.0.1"), List.of("6.6.6.6", "203.0.113.7, 10.0.0.2")).key());
  }

  @Test
  void whenEveryHopIsATrustedProxyTheFirstIsTheClient() {
    assertClient("10.0.0.3", "10.0.0.1", "10.0.0.3, 10.0.0.2");
    assertEquals("10.0.0.1", behindProxies.resolve(ip("10.0.0.1"), List.of()).key());
  }

  @Test
  void anEntryThatIsNoAddressCountsTheProxyThatWroteIt() {
    assertClient("10.0.0.2", "10.0.0.1", "203.0.113.7, unknown, 10.0.0.2");
    assertClient("10.0.0.1", "10.0.0.1", "localhost");
    assertClient("10.0.0.1", "10.0.0.1", "");
  }

  @Test
  void portsAndBracketsAreRead() {
    assertClient("203.0.113.7", "10.0.0.1", "203.0.113.7:4711");
    assertClient("2001:db8::/64", "10.0.0.1", "[2001:db8::1]:443");
    assertClient("2001:db8::/64", "10.0.0.1", "[2001:db8::1]");
  }

  @Test
  void ipv6IsCountedByItsNetworkAndProxiesByRange() {
    assertClient("2001:db8:aa:bb::/64", "fd00::1", "2001:db8:aa:bb:1:2:3:4");
    assertEquals(
        "2001:db8:aa:bb:1:2:3:4", new ClientAddress(ip("2001:db8:aa:bb:1:2:3:4")).toString());
  }

  @Test
  void anIpv4MappedIpv6AddressIsTheIpv4Address() {
    assertClient("203.0.113.7", "10.0.0.1", "::ffff:203.0.113.7");
  }

  @Test
  void rangesHonourTheirPrefixBits() {
    AddressRange range = AddressRange.parse("192.168.0.0/23");
    assertTrue(range.contains(ip("192.168.1.255")));
    assertFalse(range.contains(ip("192.168.2.0")));
    assertFalse(range.contains(ip("::1")));
    assertTrue(AddressRange.parse("0.0.0.0/0").contains(ip("203.0.113.7")));
  }

  @Test
  void aRangeThatIsNoRangeStopsTheStart() {
    for (String wrong : List.of("10.0.0.0/33", "10.0.0.0/x", "gateway.example", "10.0.0.0/-1")) {
      var failure =
          assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(List.of(wrong)));
      assertTrue(failure.getMessage().contains("credit.rate-limit.trusted-proxies"));
    }
  }

  private void assertClient(String key, String peer, String forwardedFor) {
    assertEquals(key, behindProxies.resolve(ip(peer), List.of(forwardedFor)).key(), forwardedFor);
  }

  private static InetAddress ip(String literal) {
    return IpLiteral.parse(literal).orElseThrow();
  }
}
