package cn.gov.zhangye.credit.platform.cluster;

/**
 * Fired once the shared state has started, at start-up and off any event loop: features open their
 * caches then, since opening a replicated cache waits for the cluster.
 */
public record SharedStateReady(SharedState state) {}
