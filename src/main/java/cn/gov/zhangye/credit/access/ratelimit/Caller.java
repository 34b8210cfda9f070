package cn.gov.zhangye.credit.access.ratelimit;

/**
 * Whom a call is counted for: a client by its id, or an anonymous caller by its address, with the
 * plan that limits it.
 */
public record Caller(Kind kind, String id, Plan plan) {

  /** How a caller is known. */
  public enum Kind {
    CLIENT,
    ADDRESS
  }

  public static Caller client(String clientId, Plan plan) {
    return new Caller(Kind.CLIENT, clientId, plan);
  }

  public static Caller anonymous(ClientAddress address, Plan plan) {
    return new Caller(Kind.ADDRESS, address.key(), plan);
  }

  String key() {
    return kind.name().toLowerCase() + " " + id;
  }
}
