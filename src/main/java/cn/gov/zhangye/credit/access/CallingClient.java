package cn.gov.zhangye.credit.access;

import cn.gov.zhangye.credit.access.client.ClientKind;
import java.util.Optional;

/**
 * The registered client a call is made for, as its verified token names it: the id of our client
 * registry, its kind and its rate-limit plan.
 */
public record CallingClient(String id, ClientKind kind, Optional<String> plan) {}
