package cn.gov.zhangye.credit.catalog.code;

import cn.gov.zhangye.credit.catalog.BilingualName;
import java.util.List;
import java.util.Optional;

/**
 * A registration authority (登记管理部门, position 1 of a USCC) and the organisation types it registers
 * (机构类别, position 2), as {@code codes/registration-authorities.json} lists them.
 */
public record RegistrationAuthority(String code, BilingualName name, List<OrganisationType> types) {

  /** An organisation type; its code is the one character of position 2. */
  public record OrganisationType(String code, BilingualName name) {}

  public Optional<OrganisationType> type(char code) {
    String wanted = String.valueOf(code);
    return types.stream().filter(type -> type.code().equals(wanted)).findFirst();
  }
}
