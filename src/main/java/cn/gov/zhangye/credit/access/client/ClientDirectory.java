package cn.gov.zhangye.credit.access.client;

import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Looks clients up and checks their secrets; the token endpoint and access checks use it. */
public interface ClientDirectory {

  /** The client {@code id}, active or not; empty when there is none. */
  Uni<Optional<Client>> find(String id);

  /** The display names of the clients among {@code ids} that exist, by id. */
  Uni<Map<String, String>> displayNames(Collection<String> ids);

  /**
   * The client {@code id} when {@code secret} is its secret. Takes as long when the id is unknown
   * as when the secret is wrong, so that a caller learns nothing about which ids exist.
   */
  Uni<Optional<Client>> authenticate(String id, String secret);
}
