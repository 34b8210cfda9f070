package cn.gov.zhangye.credit.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** Valid records of the shipped catalogue, for tests to spoil. */
final class SampleRecords {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SampleRecords() {}

  static ObjectNode fields(String json) {
    try {
      return (ObjectNode) JSON.readTree(json);
    } catch (IOException malformed) {
      throw new IllegalArgumentException(malformed);
    }
  }

  /** A valid licence of an organisation. */
  static ObjectNode licence() {
    return fields(
        """
        {
          "XK_XDR_MC": "张掖市甘州区祁连商贸有限公司",
          "XK_XDR_LB": "法人及非法人组织",
          "XK_XDR_SHXYM": "91620702MA72TQ3P4L",
          "XK_FRDB": "王建国",
          "XK_XKWS": "食品经营许可决定书",
          "XK_WSH": "甘州市监许字〔2026〕第0158号",
          "XK_XKLB": "普通",
          "XK_XKZS": "食品经营许可证",
          "XK_XKBH": "JY16207020012345",
          "XK_NR": "预包装食品销售（含冷藏冷冻食品）",
          "XK_JDRQ": "2026-04-08",
          "XK_YXQZ": "2026/04/08",
          "XK_YXQZI": "2031-04-07",
          "XK_XKJG": "张掖市甘州区市场监督管理局",
          "XK_XKJGDM": "11620702013928473R",
          "XK_ZT": "1",
          "XK_LYDW": "张掖市甘州区市场监督管理局",
          "XK_LYDWDM": "11620702013928473R"
        }
        """);
  }

  /** A valid credit commitment of an organisation, being kept. */
  static ObjectNode commitment() {
    return fields(
        """
        {
          "CN_ZTMC": "张掖市甘州区祁连商贸有限公司",
          "CN_ZTLB": "法人及非法人组织",
          "CN_SHXYM": "91620702MA72TQ3P4L",
          "CN_LX": "审批替代型",
          "CN_SX": "食品经营许可",
          "CN_NR": "承诺所填报信息真实有效，并在取得许可后三个月内补齐材料。",
          "CN_CNRQ": "2026-04-01",
          "CN_SLDW": "张掖市甘州区市场监督管理局",
          "CN_SLDWDM": "11620702013928473R",
          "CN_LYZT": "履约中"
        }
        """);
  }

  /** The penalty example of the contract: the documented example must itself be valid. */
  static ObjectNode penalty() {
    return (ObjectNode) fields(CatalogExamples.PENALTY).get("fields");
  }

  /** A valid penalty of a natural person, identified by a resident identity number. */
  static ObjectNode personPenalty() {
    ObjectNode penalty = penalty();
    penalty.put("CF_XDR_MC", "李明");
    penalty.put("CF_XDR_LB", "自然人");
    penalty.remove("CF_XDR_SHXYM");
    penalty.put("CF_XDR_ZJLX", "身份证");
    penalty.put("CF_XDR_ZJHM", "620702199003071232");
    return penalty;
  }
}
