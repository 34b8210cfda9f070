package cn.gov.zhangye.credit.platform.http;

import io.quarkus.runtime.Startup;
import io.quarkus.vertx.http.HttpServer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The gateway's base URL as clients reach it: {@code credit.http.public-url}, else {@code http://}
 * the configured host and the port the HTTP server listens on (the random port of a test included).
 * A loopback or wildcard host is named {@code localhost}, as the README's commands call it. The
 * gateway does not start when the public URL is not an http(s) base URL.
 */
@ApplicationScoped
@Startup
public class PublicAddress {

  private final PublicAddressConfig config;
  private final String host;
  private final int configuredPort;
  private final HttpServer server;

  @Inject
  PublicAddress(
      PublicAddressConfig config,
      @ConfigProperty(name = "quarkus.http.host") String host,
      @ConfigProperty(name = "quarkus.http.port") int configuredPort,
      HttpServer server) {
    config.publicUrl().ifPresent(PublicAddress::check);
    this.config = config;
    this.host = host;
    this.configuredPort = configuredPort;
    this.server = server;
  }

  /** The base URL, without a trailing slash. */
  public String baseUrl() {
    return config
        .publicUrl()
        .map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
        .orElseGet(() -> "http://" + hostName() + ":" + port());
  }

  private static void check(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException malformed) {
      throw unusable(url);
    }
    if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())
        || uri.getHost() == null
        || uri.getQuery() != null
        || uri.getFragment() != null) {
      throw unusable(url);
    }
  }

  private static IllegalStateException unusable(String url) {
    return new IllegalStateException(
        "credit.http.public-url="
            + url
            + " is not usable: it must be the gateway's http(s) base URL, without query or"
            + " fragment");
  }

  /** The port the server listens on; the configured one until it listens. */
  private int port() {
    int listening = server.getPort();
    return listening > 0 ? listening : configuredPort;
  }

  private String hostName() {
    try {
      InetAddress address = InetAddress.getByName(host);
      if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
        return "localhost";
      }
    } catch (UnknownHostException notAnAddress) {
      return host;
    }
    return host.contains(":") ? "[" + host + "]" : host;
  }
}
