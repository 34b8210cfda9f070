package cn.gov.zhangye.credit.platform.cluster;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;
import org.jgroups.Address;
import org.jgroups.Message;
import org.jgroups.annotations.Property;
import org.jgroups.conf.ClassConfigurator;
import org.jgroups.protocols.EncryptHeader;
import org.jgroups.protocols.SYM_ENCRYPT;

/**
 * JGroups {@code SYM_ENCRYPT} keyed with the AES key derived from the cluster secret instead of a
 * keystore file. A message encrypted with another key is dropped, as {@code SYM_ENCRYPT} does, and
 * its sender is named once in the log: it is a replica configured with another secret.
 */
public class SecretKeyEncrypt extends SYM_ENCRYPT {

  private static final Logger LOG = Logger.getLogger(SecretKeyEncrypt.class);

  @Property(description = "The AES key, hex", exposeAsManagedAttribute = false)
  protected String key;

  private final Set<Address> foreignSenders = ConcurrentHashMap.newKeySet();

  public SecretKeyEncrypt() {
    // Takes the place of SYM_ENCRYPT in the stack, so its headers carry that protocol's id.
    setId(ClassConfigurator.getProtocolId(SYM_ENCRYPT.class));
  }

  @Override
  public void init() throws Exception {
    setSecretKey(new SecretKeySpec(HexFormat.of().parseHex(key), "AES"));
    super.init();
  }

  @Override
  protected Message decrypt(Cipher cipher, Message message) throws Exception {
    EncryptHeader header = message.getHeader(id);
    if (!Arrays.equals(header.version(), symVersion()) && foreignSenders.add(message.src())) {
      LOG.warnf(
          "Cluster traffic from %s is encrypted with another key and is dropped: that replica has"
              + " another credit.cluster.secret and cannot join this cluster",
          message.src());
    }
    return super.decrypt(cipher, message);
  }
}
