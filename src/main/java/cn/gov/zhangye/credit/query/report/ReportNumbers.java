package cn.gov.zhangye.credit.query.report;

import cn.gov.zhangye.credit.platform.time.ChinaTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Report numbers: {@code ZYXY-<issue date in China>-<8 random characters>}, e.g. {@code
 * ZYXY-20261129-7K3M9Q2D}. The random part (Crockford's base 32: no I, L, O, U, so it reads and
 * types back without confusion) holds 40 bits, so that numbers cannot be guessed at the anonymous
 * rate limit.
 */
@ApplicationScoped
class ReportNumbers {

  static final Pattern FORMAT = Pattern.compile("ZYXY-\\d{8}-[0-9A-HJKMNP-TV-Z]{8}");

  private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final int RANDOM_CHARACTERS = 8;
  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final SecureRandom random = new SecureRandom();

  String next(Instant issuedAt) {
    StringBuilder number =
        new StringBuilder("ZYXY-")
            .append(DAY.format(LocalDate.ofInstant(issuedAt, ChinaTime.ZONE)));
    number.append('-');
    for (int i = 0; i < RANDOM_CHARACTERS; i++) {
      number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return number.toString();
  }

  static boolean wellFormed(String number) {
    return number != null && FORMAT.matcher(number).matches();
  }
}
