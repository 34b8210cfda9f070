package cn.gov.zhangye.credit.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The JGroups protocol stack of the cluster: TCP between replicas, discovery through the shared
 * PostgreSQL (JDBC_PING2, as Keycloak does) or DNS (DNS_PING with a headless Service). Everything
 * above the failure detection is serialised whole (headers included) and encrypted with AES under
 * the key derived from the cluster secret; a replica is admitted only with a token derived from it.
 */
@ApplicationScoped
class JGroupsStack {

  private static final String CONFIGURATION_STRING = "configurationString";

  private final ClusterConfig config;
  private final ClusterKeys keys;
  private final String jdbcUrl;
  private final String username;
  private final Optional<String> password;

  @Inject
  JGroupsStack(
      ClusterConfig config,
      ClusterKeys keys,
      @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
      @ConfigProperty(name = "quarkus.datasource.username") String username,
      @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
    this.config = config;
    this.keys = keys;
    this.jdbcUrl = jdbcUrl;
    this.username = username;
    this.password = password;
  }

  Properties transportProperties() {
    Properties properties = new Properties();
    properties.setProperty(CONFIGURATION_STRING, xml());
    return properties;
  }

  String xml() {
    return """
        <config xmlns="urn:org:jgroups">
          <TCP bind_addr="%s" bind_port="%d" port_range="20"/>
          %s
          <MERGE3 min_interval="5000" max_interval="15000"/>
          <FD_SOCK2/>
          <FD_ALL3 timeout="10000" interval="2000"/>
          <VERIFY_SUSPECT2 timeout="1000"/>
          <SERIALIZE/>
          <%s sym_algorithm="AES/CBC/PKCS5Padding" sym_iv_length="16" key="%s"/>
          <pbcast.NAKACK2 use_mcast_xmit="false"/>
          <UNICAST3/>
          <pbcast.STABLE desired_avg_gossip="5000" max_bytes="1M"/>
          <AUTH auth_class="%s" auth_token.key="%s"/>
          <pbcast.GMS print_local_addr="false" join_timeout="2000"/>
          <UFC max_credits="2M"/>
          <MFC max_credits="2M"/>
          <FRAG4 frag_size="60K"/>
        </config>
        """
        .formatted(
            attribute(config.bindAddress()),
            config.bindPort(),
            discovery(),
            SecretKeyEncrypt.class.getName(),
            keys.encryptionKey(),
            AdmissionToken.class.getName(),
            keys.admissionKey());
  }

  private String discovery() {
    return switch (config.discovery()) {
      case JDBC ->
          "<JDBC_PING2 connection_url=\"%s\" connection_username=\"%s\" connection_password=\"%s\""
                  .formatted(
                      attribute(jdbcUrl), attribute(username), attribute(password.orElse("")))
              + " connection_driver=\"org.postgresql.Driver\" remove_all_data_on_view_change=\"true\""
              + " register_shutdown_hook=\"false\"/>";
      case DNS ->
          "<dns.DNS_PING dns_query=\"%s\"/>"
              .formatted(
                  attribute(
                      config
                          .dnsQuery()
                          .orElseThrow(
                              () ->
                                  new IllegalStateException(
                                      "credit.cluster.dns-query is required with dns discovery"))));
    };
  }

  private static String attribute(String value) {
    return value
        .replace("&", "&amp;")
        .replace("\"", "&quot;")
        .replace("<", "&lt;")
        .replace(">", "&gt;");
  }
}
