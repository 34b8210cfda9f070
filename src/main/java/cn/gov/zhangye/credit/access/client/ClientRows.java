package cn.gov.zhangye.credit.access.client;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The {@code client} table. */
@ApplicationScoped
class ClientRows implements PanacheRepositoryBase<RegisteredClient, String> {}
