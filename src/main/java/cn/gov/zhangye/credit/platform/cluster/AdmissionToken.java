package cn.gov.zhangye.credit.platform.cluster;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.jgroups.Address;
import org.jgroups.Message;
import org.jgroups.annotations.Property;
import org.jgroups.auth.AuthToken;
import org.jgroups.util.Util;

/**
 * The JGroups {@code AUTH} token of a replica: an HMAC, under the admission key derived from the
 * cluster secret, of the sender's own address. It proves the secret without carrying it, and a
 * token seen once is worth nothing to another member, whose address differs.
 */
public class AdmissionToken extends AuthToken {

  private static final int PROOF_BYTES = 32;

  @Property(description = "The admission key, hex", exposeAsManagedAttribute = false)
  protected String key;

  private byte[] proof = new byte[0];

  @Override
  public String getName() {
    return AdmissionToken.class.getName();
  }

  @Override
  public int size() {
    return Integer.BYTES + PROOF_BYTES;
  }

  @Override
  public boolean authenticate(AuthToken token, Message message) {
    try {
      return token instanceof AdmissionToken received
          && message.src() != null
          && MessageDigest.isEqual(received.proof, proofOf(message.src()));
    } catch (IOException unreadableAddress) {
      return false;
    }
  }

  /** Written for the local member: the token travels with its own join and merge requests. */
  @Override
  public void writeTo(DataOutput out) throws IOException {
    byte[] own = proofOf(auth.getAddress());
    out.writeInt(own.length);
    out.write(own);
  }

  @Override
  public void readFrom(DataInput in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > PROOF_BYTES) {
      throw new IOException("Not an admission token");
    }
    proof = new byte[length];
    in.readFully(proof);
  }

  private byte[] proofOf(Address member) throws IOException {
    return ClusterKeys.hmac(HexFormat.of().parseHex(key), Util.streamableToByteBuffer(member));
  }
}
