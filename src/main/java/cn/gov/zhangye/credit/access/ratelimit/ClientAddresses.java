package cn.gov.zhangye.credit.access.ratelimit;

import io.quarkus.runtime.Startup;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the address a call comes from. The direct peer, unless it is a trusted proxy: then {@code
 * X-Forwarded-For} is read from the right, each trusted proxy vouching for the hop before it, and
 * the right-most address that is not a trusted proxy is the client. Whatever a client writes into
 * the header itself lies left of that and is never believed.
 */
@Startup
@Singleton
public class ClientAddresses {

  static final String FORWARDED_FOR = "X-Forwarded-For";

  /** Stands for a peer without an IP address (never seen over TCP). */
  private static final InetAddress UNKNOWN = IpLiteral.parse("0.0.0.0").orElseThrow();

  private final List<AddressRange> trustedProxies;

  @Inject
  ClientAddresses(RateLimitConfig config) {
    this(config.trustedProxies().orElse(List.of()));
  }

  ClientAddresses(List<String> trustedProxies) {
    this.trustedProxies = trustedProxies.stream().map(AddressRange::parse).toList();
  }

  public ClientAddress of(HttpServerRequest request) {
    SocketAddress peer = request.connection().remoteAddress();
    return resolve(
        IpLiteral.parse(peer == null ? null : peer.hostAddress()).orElse(UNKNOWN),
        request.headers().getAll(FORWARDED_FOR));
  }

  ClientAddress resolve(InetAddress peer, List<String> forwardedFor) {
    List<String> hops =
        forwardedFor.stream().flatMap(header -> Stream.of(header.split(","))).toList();
    InetAddress client = peer;
    for (int hop = hops.size() - 1; hop >= 0 && trusted(client); hop--) {
      InetAddress previous = IpLiteral.parse(hops.get(hop)).orElse(null);
      if (previous == null) {
        // A trusted proxy wrote something other than an address ("unknown"): count the proxy.
        break;
      }
      client = previous;
    }
    return new ClientAddress(client);
  }

  private boolean trusted(InetAddress address) {
    return trustedProxies.stream().anyMatch(range -> range.contains(address));
  }
}
