package cn.gov.zhangye.credit.query.report;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** The modules of a QR code (ZXing), for drawing as vector squares. */
final class QrCode {

  private final BitMatrix modules;

  private QrCode(BitMatrix modules) {
    this.modules = modules;
  }

  /** A QR code of {@code text} with medium error correction and no quiet zone. */
  static QrCode of(String text) {
    try {
      return new QrCode(
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.MARGIN,
                      0,
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.CHARACTER_SET,
                      "UTF-8")));
    } catch (WriterException tooLong) {
      throw new IllegalArgumentException("Too long for a QR code: " + text.length(), tooLong);
    }
  }

  /** Modules per side. */
  int size() {
    return modules.getWidth();
  }

  boolean dark(int x, int y) {
    return modules.get(x, y);
  }
}
