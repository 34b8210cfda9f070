package cn.gov.zhangye.credit.architecture.violations.submission;

import java.security.Principal;

/** Takes the caller's principal name for its client id. */
public class TrustingThePrincipalName {

  String clientId(Principal principal) {
    return principal.getName();
  }
}
