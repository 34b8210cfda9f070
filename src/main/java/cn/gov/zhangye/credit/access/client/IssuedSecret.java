package cn.gov.zhangye.credit.access.client;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A client with its new secret: the only time the secret is ever shown. */
@Schema(
    name = "ClientWithSecret",
    description =
        "客户端及其新密钥。密钥只出现这一次，网关只保存其散列值，请立即妥善保存。/ A client with its new secret. The"
            + " secret is shown this once; the gateway keeps only its hash. Store it safely now.")
public record IssuedSecret(
    @Schema(description = "客户端。/ The client.") ClientView client,
    @Schema(
            description =
                "OAuth2 client_secret：32 个随机字节的 base64url 编码。/ The OAuth2 client_secret: 32 random"
                    + " bytes, base64url-encoded.",
            example = "q3Zp0w9JX2m4c7rT1vB8nK5sYdE6fGhA0LuIoP2aQeW")
        String clientSecret) {}
