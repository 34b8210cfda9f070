import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Writes realistic, valid credit records of the market-regulation department (市场监督管理局) for the
 * benchmark: licences (行政许可), penalties (行政处罚) and abnormal-operation entries (经营异常名录) about
 * organisations and individual businesses of Zhangye, and about {@code --persons-share} natural
 * persons (licences and penalties only). Every code carries its check characters, every date is a
 * real one in the past, and the conditional rules of the catalogue hold.
 *
 * <p>The output depends on the options only (the seed and {@code --as-of}), never on the clock.
 *
 * <pre>
 * java bench/generator/GenerateRecords.java --records 1000000 --batch 5000 --out DIR
 *     [--seed 1] [--persons-share 0.05] [--format ndjson|csv|both] [--as-of 2026-11-01]
 *     [--history-days 720] [--client demo-department]
 * </pre>
 *
 * <p>{@code ndjson}: {@code DIR/batch-000001.ndjson}…, one submission body each. {@code csv}: the
 * same records as the gateway stores them, for {@code COPY … (FORMAT csv, HEADER)}: {@code
 * DIR/legal_person.csv}, {@code DIR/natural_person.csv} (the subjects, with the ids the records
 * refer to), {@code DIR/credit_record.csv} and {@code DIR/credit_record_version.csv}; personal data
 * hashed and sealed with keys drawn from the seed, not the gateway's.
 *
 * <p>The classes of this file are also the model of the query benchmark's loader ({@code
 * bench/query/LoadQueryDataset.java}, compiled together with this file); this file stays one source
 * file so that {@code java GenerateRecords.java} runs it on Java 17.
 */
public class GenerateRecords {

  public static void main(String[] args) throws IOException {
    Options options = Options.parse(args);
    Files.createDirectories(options.out());
    Generator generator = new Generator(options);
    long started = System.nanoTime();
    generator.writeAll();
    System.err.printf(
        "%,d records (%,d licences, %,d penalties, %,d abnormal-operation entries, %,d about"
            + " persons) in %d files, %,d subjects, into %s in %d ms%n",
        options.records(),
        generator.count(RecordKind.LICENCE),
        generator.count(RecordKind.PENALTY),
        generator.count(RecordKind.ABNORMAL_OPERATION),
        generator.personRecords(),
        options.writesNdjson() ? (options.records() + options.batch() - 1) / options.batch() : 0,
        generator.subjectsUsed(),
        options.out(),
        (System.nanoTime() - started) / 1_000_000);
  }
}

record Options(
    int records,
    int batch,
    Path out,
    long seed,
    double personsShare,
    String format,
    LocalDate asOf,
    int historyDays,
    String client) {

  private static final String USAGE =
      "java bench/generator/GenerateRecords.java --records N --batch N --out DIR [--seed N]"
          + " [--persons-share 0.05] [--format ndjson|csv|both] [--as-of yyyy-MM-dd]"
          + " [--history-days 720] [--client CLIENT_ID]";

  static Options parse(String[] args) {
    Arguments given =
        Arguments.parse(
            args,
            USAGE,
            "records",
            "batch",
            "out",
            "seed",
            "persons-share",
            "format",
            "as-of",
            "history-days",
            "client");
    Options options =
        new Options(
            given.integer("records", 1_000_000),
            given.integer("batch", 5000),
            Path.of(given.required("out")),
            given.seed(),
            given.personsShare(),
            given.text("format", "ndjson"),
            given.date("as-of", LocalDate.of(2026, 11, 1)),
            given.integer("history-days", Records.DEFAULT_HISTORY_DAYS),
            given.text("client", "demo-department"));
    if (!Set.of("ndjson", "csv", "both").contains(options.format())) {
      throw given.usage("--format is ndjson, csv or both");
    }
    if (options.records() < 1 || options.batch() < 1 || options.historyDays() < 1) {
      throw given.usage("--records, --batch and --history-days must be at least 1");
    }
    return options;
  }

  boolean writesNdjson() {
    return !format.equals("csv");
  }

  boolean writesCsv() {
    return !format.equals("ndjson");
  }
}

/** {@code --name value} pairs of the benchmark's programs, each name one of those it knows. */
final class Arguments {

  private final Map<String, String> given;
  private final String usage;

  private Arguments(Map<String, String> given, String usage) {
    this.given = given;
    this.usage = usage;
  }

  static Arguments parse(String[] args, String usage, String... known) {
    Map<String, String> given = new LinkedHashMap<>();
    Arguments arguments = new Arguments(given, usage);
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw arguments.usage("expected --name value pairs, got " + args[i]);
      }
      given.put(args[i].substring(2), args[i + 1]);
    }
    given.keySet().stream()
        .filter(name -> !List.of(known).contains(name))
        .findFirst()
        .ifPresent(
            name -> {
              throw arguments.usage("unknown option --" + name);
            });
    return arguments;
  }

  String text(String name, String otherwise) {
    return given.getOrDefault(name, otherwise);
  }

  String required(String name) {
    String value = given.get(name);
    if (value == null) {
      throw usage("--" + name + " is required");
    }
    return value;
  }

  int integer(String name, int otherwise) {
    return given.containsKey(name) ? Integer.parseInt(given.get(name)) : otherwise;
  }

  LocalDate date(String name, LocalDate otherwise) {
    return given.containsKey(name) ? LocalDate.parse(given.get(name)) : otherwise;
  }

  long seed() {
    return Long.parseLong(given.getOrDefault("seed", "1"));
  }

  /** {@code --persons-share}: the share of records about natural persons, 5 % unless given. */
  double personsShare() {
    double share = Double.parseDouble(given.getOrDefault("persons-share", "0.05"));
    if (share < 0 || share > RecordMix.PERSON_CAPABLE) {
      throw usage("--persons-share must lie between 0 and " + RecordMix.PERSON_CAPABLE);
    }
    return share;
  }

  IllegalArgumentException usage(String problem) {
    return new IllegalArgumentException(problem + "\nusage: " + usage);
  }
}

enum RecordKind {
  LICENCE("ADMIN_LICENCE", "XK"),
  PENALTY("ADMIN_PENALTY", "CF"),
  ABNORMAL_OPERATION("ABNORMAL_OPERATION", "YC");

  final String code;
  final String refPrefix;

  RecordKind(String code, String refPrefix) {
    this.code = code;
    this.refPrefix = refPrefix;
  }
}

/** How the records are spread over their kinds and subjects. */
final class RecordMix {

  static final double LICENCE = 0.50;
  static final double PENALTY = 0.42;

  /** The share of records whose type allows a person: licences and penalties. */
  static final double PERSON_CAPABLE = LICENCE + PENALTY;

  /** Records per organisation and per person on average: subjects recur, as in real data. */
  static final int RECORDS_PER_SUBJECT = 3;

  private RecordMix() {}

  static RecordKind kind(SplittableRandom random) {
    double draw = random.nextDouble();
    return draw < LICENCE
        ? RecordKind.LICENCE
        : draw < PERSON_CAPABLE ? RecordKind.PENALTY : RecordKind.ABNORMAL_OPERATION;
  }
}

/** The check characters of GB 32100 (USCC), GB 11714 (organisation code) and GB 11643 (ID). */
final class Codes {

  static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] USCC_WEIGHTS = {
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28
  };
  private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
  private static final int[] IDENTITY_WEIGHTS = {
    7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2
  };

  private Codes() {}

  /** A USCC from its authority and type (2), division (6) and organisation-code body (8). */
  static String uscc(String authorityAndType, String division, String organisationBody) {
    String first17 =
        authorityAndType + division + organisationBody + organisationCheck(organisationBody);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += USCC_ALPHABET.indexOf(first17.charAt(i)) * USCC_WEIGHTS[i];
    }
    return first17 + USCC_ALPHABET.charAt((31 - sum % 31) % 31);
  }

  static char organisationCheck(String body) {
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      char c = body.charAt(i);
      sum += (c <= '9' ? c - '0' : c - 'A' + 10) * ORGANISATION_WEIGHTS[i];
    }
    int check = 11 - sum % 11;
    return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  }

  /** A resident identity number from its division, birth date and sequence (1–999). */
  static String identityNumber(String division, LocalDate birth, int sequence) {
    String first17 =
        division
            + "%04d%02d%02d"
                .formatted(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
            + "%03d".formatted(sequence);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * IDENTITY_WEIGHTS[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  /** {@code value} (below 31^digits) in the USCC alphabet, left-padded to {@code digits}. */
  static String base31(long value, int digits) {
    char[] out = new char[digits];
    for (int i = digits - 1; i >= 0; i--) {
      out[i] = USCC_ALPHABET.charAt((int) (value % 31));
      value /= 31;
    }
    return new String(out);
  }

  static String maskIdentity(String number) {
    return number.substring(0, 6) + "********" + number.substring(14);
  }

  static String maskName(String name) {
    return name.charAt(0) + "*".repeat(name.length() - 1);
  }
}

/** The divisions of Zhangye (GB/T 2260) and their market-regulation bureaus. */
record Division(String code, String name, String bureauAbbreviation, double weight) {

  static final Division CITY = new Division("620700", "张掖市", "张市监", 0);

  /** Where subjects are registered; 甘州区 holds most of the city's businesses. */
  static final List<Division> SUBJECT_DIVISIONS =
      List.of(
          new Division("620702", "甘州区", "甘市监", 0.42),
          new Division("620721", "肃南裕固族自治县", "肃南市监", 0.06),
          new Division("620722", "民乐县", "民市监", 0.13),
          new Division("620723", "临泽县", "临市监", 0.12),
          new Division("620724", "高台县", "高市监", 0.13),
          new Division("620725", "山丹县", "山市监", 0.14));

  static Division pick(SplittableRandom random) {
    double draw = random.nextDouble();
    for (Division division : SUBJECT_DIVISIONS) {
      draw -= division.weight();
      if (draw < 0) {
        return division;
      }
    }
    return SUBJECT_DIVISIONS.get(0);
  }

  /** The division's market-regulation bureau, a government body (机关, 11) of the division. */
  Authority bureau() {
    String name = this.name() + "市场监督管理局";
    // Fixed bodies: the bureaus' codes are the same whatever the seed.
    String body = "01" + code.substring(3) + "MJ1";
    return new Authority(name, Codes.uscc("11", code, body), bureauAbbreviation);
  }
}

record Authority(String name, String code, String abbreviation) {}

/** An organisation or individual business (法人库). */
record Organisation(
    String code, String name, String category, String representative, Division division) {}

/** A natural person (自然人库); the identity number is personal information. */
record Person(String identityNumber, String name, Division division) {}

/** Chinese names and business names built from common parts. */
final class Names {

  private static final String SURNAMES =
      "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
  private static final String[] GIVEN = {
    "建国", "建军", "国强", "志强", "永红", "秀英", "桂英", "玉兰", "文斌", "晓东", "海燕", "丽娟", "春梅", "德明", "金花", "卫东",
    "红霞", "立新", "振华", "明", "伟", "芳", "娜", "敏", "静", "磊", "军", "洋", "勇", "艳", "杰", "涛", "超", "霞",
    "平", "刚", "兰英", "福林", "学军", "宏伟", "爱华", "光辉", "晓燕", "雪梅", "鹏", "浩然", "子涵", "欣怡", "宇航"
  };
  private static final String[] TRADE_NAMES = {
    "祁连", "丹霞", "甘泉", "黑河", "金张掖", "湿地", "焉支", "大佛", "润泽", "鑫源", "恒通", "瑞丰", "裕农", "绿洲", "西部", "天马",
    "河西", "富民", "兴盛", "昌达", "宏远", "聚鑫", "万家", "福源", "金穗", "康泰", "华信", "嘉禾", "顺通", "新时代", "天润", "惠民"
  };
  private static final String[] INDUSTRIES = {
    "商贸", "农业科技", "建筑工程", "餐饮管理", "物流", "食品", "畜牧养殖", "旅游开发", "种业", "新能源", "医药", "建材", "汽车销售",
    "物业管理", "酒店管理", "农产品加工", "文化传媒", "信息技术", "劳务", "乳业"
  };
  private static final String[] COMPANY_FORMS = {"有限公司", "有限责任公司", "股份有限公司"};
  private static final String[] SHOPS = {
    "百货店", "小吃店", "便利店", "超市", "批发部", "蔬菜店", "牛肉面馆", "烧烤店", "药店", "五金店", "粮油店", "手机店", "理发店"
  };
  private static final String[] VILLAGES = {
    "新墩", "沙井", "党寨", "碱滩", "梁家墩", "上秦", "大满", "花寨", "龙渠", "鸭暖", "板桥", "倪家营", "宣化", "南华", "巷道", "清泉"
  };
  private static final String[] COOPERATIVES = {"种植", "养殖", "农机", "果蔬", "制种"};

  private Names() {}

  static String person(SplittableRandom random) {
    return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + pick(random, GIVEN);
  }

  static String company(SplittableRandom random, Division division) {
    String place = random.nextInt(3) == 0 ? Division.CITY.name() : division.name();
    return place
        + pick(random, TRADE_NAMES)
        + pick(random, INDUSTRIES)
        + pick(random, COMPANY_FORMS);
  }

  static String shop(SplittableRandom random, Division division, String owner) {
    return division.name() + owner + pick(random, SHOPS);
  }

  static String cooperative(SplittableRandom random, Division division) {
    return division.name() + pick(random, VILLAGES) + "村" + pick(random, COOPERATIVES) + "农民专业合作社";
  }

  static <T> T pick(SplittableRandom random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}

/** The subjects records are about, drawn once per run so that subjects recur across records. */
final class Subjects {

  private static final long BODY_SPACE = 31L * 31 * 31 * 31 * 31;
  private static final LocalDate BORN_FROM = LocalDate.of(1950, 1, 1);
  private static final LocalDate BORN_UNTIL = LocalDate.of(2004, 12, 31);

  final Organisation[] organisations;
  final Person[] persons;

  Subjects(long seed, int organisationCount, int personCount) {
    organisations = new Organisation[organisationCount];
    // A bijection of the index keeps the codes unique while looking random.
    long offset = Math.floorMod(seed * 7_919, BODY_SPACE);
    for (int i = 0; i < organisationCount; i++) {
      SplittableRandom random = new SplittableRandom(seed * 1_000_003L + i);
      String body = "MA7" + Codes.base31((i * 1_000_003L + offset) % BODY_SPACE, 5);
      organisations[i] = organisation(random, body);
    }
    persons = new Person[personCount];
    Set<String> numbers = new HashSet<>();
    SplittableRandom random = new SplittableRandom(seed ^ 0x5EED_0F_AB_1E5L);
    for (int i = 0; i < personCount; i++) {
      Person person;
      do {
        Division division = Division.pick(random);
        LocalDate birth =
            BORN_FROM.plusDays(
                random.nextLong(BORN_UNTIL.toEpochDay() - BORN_FROM.toEpochDay() + 1));
        String number = Codes.identityNumber(division.code(), birth, 1 + random.nextInt(999));
        person = new Person(number, Names.person(random), division);
      } while (!numbers.add(person.identityNumber()));
      persons[i] = person;
    }
  }

  private static Organisation organisation(SplittableRandom random, String body) {
    Division division = Division.pick(random);
    String representative = Names.person(random);
    int kind = random.nextInt(100);
    if (kind < 70) {
      return new Organisation(
          Codes.uscc("91", division.code(), body),
          Names.company(random, division),
          Categories.ORGANISATION,
          representative,
          division);
    }
    if (kind < 95) {
      return new Organisation(
          Codes.uscc("92", division.code(), body),
          Names.shop(random, division, representative),
          Categories.INDIVIDUAL_BUSINESS,
          representative,
          division);
    }
    return new Organisation(
        Codes.uscc("93", division.code(), body),
        Names.cooperative(random, division),
        Categories.ORGANISATION,
        representative,
        division);
  }
}

/** The party categories (行政相对人类别) of the catalogue. */
final class Categories {
  static final String ORGANISATION = "法人及非法人组织";
  static final String INDIVIDUAL_BUSINESS = "个体工商户";
  static final String PERSON = "自然人";

  private Categories() {}
}

/**
 * A record ready to be written: its identity, subject and fields in catalogue order, its
 * publication end as the gateway computes it (RecordDrafts.publicationUntil) and the day it reached
 * the platform.
 */
record GeneratedRecord(
    RecordKind kind,
    String sourceRef,
    Organisation organisation,
    Person person,
    Map<String, Object> fields,
    LocalDate decisionDate,
    LocalDate publicationUntil,
    LocalDate submittedOn) {

  GeneratedRecord submittedOn(LocalDate day) {
    return new GeneratedRecord(
        kind, sourceRef, organisation, person, fields, decisionDate, publicationUntil, day);
  }

  boolean aboutPerson() {
    return person != null;
  }

  String subjectKind() {
    return aboutPerson() ? "PERSON" : "ORGANISATION";
  }

  String subjectCode() {
    return aboutPerson() ? person.identityNumber() : organisation.code();
  }

  String subjectName() {
    return aboutPerson() ? person.name() : organisation.name();
  }

  Division division() {
    return aboutPerson() ? person.division() : organisation.division();
  }
}

/** Builds the fields of each record kind from templates of real market-regulation cases. */
final class Records {

  static final int DEFAULT_HISTORY_DAYS = 720;
  private static final LocalDate LONG_TERM = LocalDate.of(2099, 12, 31);

  /** The catalogue's longest publication of penalties and abnormal-operation entries. */
  private static final int MAX_PUBLICATION_MONTHS = 12;

  /** Records reach the platform within this many days of their decision. */
  private static final int SUBMISSION_DELAY_DAYS = 10;

  private final LocalDate asOf;
  private final int historyDays;
  private final Authority cityBureau = Division.CITY.bureau();

  /**
   * @param historyDays decisions lie in the {@code historyDays} days before {@code asOf}
   */
  Records(LocalDate asOf, int historyDays) {
    this.asOf = asOf;
    this.historyDays = historyDays;
  }

  GeneratedRecord build(
      SplittableRandom random, RecordKind kind, String sourceRef, Organisation org, Person person) {
    LocalDate decided = asOf.minusDays(1 + random.nextInt(historyDays));
    Division division = person != null ? person.division() : org.division();
    Authority authority = random.nextInt(4) == 0 ? cityBureau : division.bureau();
    GeneratedRecord record =
        switch (kind) {
          case LICENCE -> licence(random, sourceRef, org, person, decided, authority);
          case PENALTY -> penalty(random, sourceRef, org, person, decided, authority);
          case ABNORMAL_OPERATION -> abnormalOperation(random, sourceRef, org, decided, authority);
        };
    // Drawn last, so that the records' fields do not depend on it.
    LocalDate submitted = decided.plusDays(1 + random.nextInt(SUBMISSION_DELAY_DAYS));
    return record.submittedOn(submitted.isAfter(asOf) ? asOf : submitted);
  }

  /** The end of publication under the catalogue's maximum period: the earlier of both. */
  private static LocalDate withinMaximum(LocalDate decided, LocalDate end) {
    // As the Civil Code counts months (see catalog.PublicationRule): the decision day not counted.
    LocalDate maximum = decided.plusMonths(MAX_PUBLICATION_MONTHS);
    return end.isBefore(maximum) ? end : maximum;
  }

  private GeneratedRecord licence(
      SplittableRandom random,
      String sourceRef,
      Organisation org,
      Person person,
      LocalDate decided,
      Authority authority) {
    Map<String, Object> f = new LinkedHashMap<>();
    party(f, "XK", org, person);
    LicenceTemplate template =
        person != null
            ? LicenceTemplate.FOOD_STALL
            : Names.pick(random, LicenceTemplate.FOR_ORGANISATIONS);
    LocalDate validFrom = decided.plusDays(random.nextInt(3));
    LocalDate validUntil =
        template.years == 0 ? LONG_TERM : validFrom.plusYears(template.years).minusDays(1);
    f.put("XK_XKWS", template.document);
    f.put("XK_WSH", documentNumber(authority, template.documentWord, decided, random));
    f.put("XK_XKLB", template.category);
    f.put("XK_XKZS", template.certificate);
    f.put(
        "XK_XKBH",
        template == LicenceTemplate.BUSINESS_LICENCE
            ? org.code()
            : template.numberPrefix + divisionOf(org, person) + digits(random, 7));
    f.put("XK_NR", template.content);
    f.put("XK_JDRQ", decided.toString());
    f.put("XK_YXQZ", validFrom.toString());
    f.put("XK_YXQZI", validUntil.toString());
    f.put("XK_XKJG", authority.name());
    f.put("XK_XKJGDM", authority.code());
    f.put("XK_ZT", "1");
    f.put("XK_LYDW", cityBureau.name());
    f.put("XK_LYDWDM", cityBureau.code());
    return new GeneratedRecord(
        RecordKind.LICENCE, sourceRef, org, person, f, decided, validUntil, null);
  }

  private GeneratedRecord penalty(
      SplittableRandom random,
      String sourceRef,
      Organisation org,
      Person person,
      LocalDate decided,
      Authority authority) {
    Map<String, Object> f = new LinkedHashMap<>();
    party(f, "CF", org, person);
    boolean aboutCompany = person == null && !org.category().equals(Categories.INDIVIDUAL_BUSINESS);
    PenaltyTemplate template =
        Names.pick(random, aboutCompany ? PenaltyTemplate.values() : PenaltyTemplate.FOR_PERSONS);
    long fineYuan = template.fineFromYuan + 100L * random.nextInt(template.fineStepsOf100Yuan + 1);
    long gainsYuan = 50L + 10L * random.nextInt(300);
    String product = Names.pick(random, PenaltyTemplate.PRODUCTS);
    LocalDate found = decided.minusDays(20 + random.nextInt(60));
    f.put("CF_WSH", documentNumber(authority, "处罚", decided, random));
    f.put("CF_WFXW", template.violation);
    f.put(
        "CF_SY",
        template.facts.formatted(chineseDate(found), product, 2 + random.nextInt(40), gainsYuan));
    f.put("CF_YJ", template.basis);
    f.put("CF_CFLB", template.kinds);
    StringBuilder content = new StringBuilder();
    int item = 1;
    if (template.kinds.contains("警告")) {
      content.append(item++).append(".警告；");
    }
    if (template.kinds.contains("没收违法所得")) {
      content.append(item++).append(".没收违法所得").append(gainsYuan).append("元；");
    }
    if (template.kinds.contains("罚款")) {
      content.append(item++).append(".罚款").append(fineYuan).append("元；");
    }
    if (template.kinds.contains("吊销许可证件")) {
      content.append(item).append(".吊销营业执照；");
    }
    content.setLength(content.length() - 1);
    f.put("CF_NR", content.append("。").toString());
    if (template.kinds.contains("罚款")) {
      f.put("CF_NR_FK", wanYuan(fineYuan));
    }
    if (template.kinds.contains("没收违法所得")) {
      f.put("CF_NR_WFFF", wanYuan(gainsYuan));
    }
    if (template.kinds.contains("吊销许可证件")) {
      f.put("CF_NR_ZKDX", "营业执照（统一社会信用代码：" + org.code() + "）");
    }
    LocalDate publicationEnd = decided.plusMonths(random.nextBoolean() ? 6 : 12);
    f.put("CF_JDRQ", decided.toString());
    f.put("CF_YXQ", decided.plusYears(1).toString());
    f.put("CF_GSJZQ", publicationEnd.toString());
    f.put("CF_CFJG", authority.name());
    f.put("CF_CFJGDM", authority.code());
    f.put("CF_SJLY", cityBureau.name());
    f.put("CF_SJLYDM", cityBureau.code());
    return new GeneratedRecord(
        RecordKind.PENALTY,
        sourceRef,
        org,
        person,
        f,
        decided,
        withinMaximum(decided, publicationEnd),
        null);
  }

  private GeneratedRecord abnormalOperation(
      SplittableRandom random,
      String sourceRef,
      Organisation org,
      LocalDate decided,
      Authority authority) {
    Map<String, Object> f = new LinkedHashMap<>();
    boolean individual = org.category().equals(Categories.INDIVIDUAL_BUSINESS);
    f.put("YC_LXDM", "SAMR_ABNORMAL_OPERATION");
    f.put("YC_ZTMC", org.name());
    f.put("YC_ZTLB", org.category());
    f.put("YC_SHXYM", org.code());
    f.put("YC_FRDB", org.representative());
    f.put(
        "YC_LRYY",
        individual ? "未按照《个体工商户年度报告办法》规定的期限报送年度报告" : Names.pick(random, ABNORMAL_REASONS));
    f.put("YC_LRRQ", decided.toString());
    f.put("YC_LRJG", authority.name());
    f.put("YC_LRJGDM", authority.code());
    LocalDate removed = decided.plusMonths(3 + random.nextInt(9)).plusDays(random.nextInt(20));
    LocalDate publicationEnd = withinMaximum(decided, LONG_TERM);
    if (random.nextInt(10) < 3 && removed.isBefore(asOf)) {
      f.put("YC_YCYY", individual ? "已补报未报年份的年度报告" : "已补报未报年份的年度报告并公示，申请移出经营异常名录");
      f.put("YC_YCRQ", removed.toString());
      f.put("YC_YCJG", authority.name());
      publicationEnd = withinMaximum(decided, removed);
    }
    return new GeneratedRecord(
        RecordKind.ABNORMAL_OPERATION, sourceRef, org, null, f, decided, publicationEnd, null);
  }

  private static final String[] ABNORMAL_REASONS = {
    "未按照《企业信息公示暂行条例》第八条规定的期限公示年度报告",
    "通过登记的住所或者经营场所无法联系",
    "公示企业信息隐瞒真实情况、弄虚作假",
    "未在市场监督管理部门依照《企业信息公示暂行条例》第十条规定责令的期限内公示有关企业信息"
  };

  /** The party fields (行政相对人) shared by licences and penalties. */
  private static void party(Map<String, Object> f, String prefix, Organisation org, Person person) {
    if (person != null) {
      f.put(prefix + "_XDR_MC", person.name());
      f.put(prefix + "_XDR_LB", Categories.PERSON);
      f.put(prefix + "_XDR_ZJLX", "身份证");
      f.put(prefix + "_XDR_ZJHM", person.identityNumber());
    } else {
      f.put(prefix + "_XDR_MC", org.name());
      f.put(prefix + "_XDR_LB", org.category());
      f.put(prefix + "_XDR_SHXYM", org.code());
      f.put(prefix + "_FRDB", org.representative());
    }
  }

  private static String divisionOf(Organisation org, Person person) {
    return person != null ? person.division().code() : org.division().code();
  }

  /** E.g. 甘市监处罚〔2025〕1234号. */
  private static String documentNumber(
      Authority authority, String word, LocalDate decided, SplittableRandom random) {
    return authority.abbreviation()
        + word
        + "〔"
        + decided.getYear()
        + "〕"
        + (1 + random.nextInt(9999))
        + "号";
  }

  private static String digits(SplittableRandom random, int count) {
    StringBuilder out = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      out.append((char) ('0' + random.nextInt(10)));
    }
    return out.toString();
  }

  private static String chineseDate(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  /** Yuan as 万元, exact: a JSON number with at most 6 decimals. */
  private static BigDecimal wanYuan(long yuan) {
    return BigDecimal.valueOf(yuan).movePointLeft(4).stripTrailingZeros();
  }
}

enum LicenceTemplate {
  FOOD_BUSINESS(
      "食品经营许可决定书",
      "许",
      "普通",
      "食品经营许可证",
      "JY1",
      5,
      "经营项目：预包装食品销售（含冷藏冷冻食品），散装食品销售（不含冷藏冷冻食品），热食类食品制售，冷食类食品制售。主体业态：食品销售经营者。"),
  BUSINESS_LICENCE(
      "准予设立登记通知书",
      "登",
      "登记",
      "营业执照",
      "",
      0,
      "准予设立登记。经营范围：一般项目：日用百货销售；食品销售（仅销售预包装食品）；农副产品销售；五金产品零售。（除依法须经批准的项目外，凭营业执照依法自主开展经营活动）"),
  PHARMACY(
      "药品经营许可决定书",
      "药许",
      "普通",
      "药品经营许可证",
      "甘CB",
      5,
      "经营方式：零售。经营范围：中药饮片、中成药、化学药制剂、抗生素制剂、生化药品、生物制品（除疫苗）。"),
  ELEVATOR(
      "特种设备使用登记决定书",
      "特登",
      "登记",
      "特种设备使用登记证",
      "梯11甘G",
      0,
      "特种设备使用登记。设备类别：电梯；设备品种：曳引驱动乘客电梯；额定载重量1000kg，额定速度1.75m/s。"),
  FOOD_STALL(
      "食品摊贩登记决定书",
      "摊登",
      "登记",
      "食品摊贩登记卡",
      "TF",
      1,
      "经营项目：预包装食品销售，散装食品（熟食、凉皮、面食）制售。经营地点：指定的食品摊贩经营区域。");

  static final LicenceTemplate[] FOR_ORGANISATIONS = {
    FOOD_BUSINESS, FOOD_BUSINESS, BUSINESS_LICENCE, BUSINESS_LICENCE, PHARMACY, ELEVATOR
  };

  final String document;
  final String documentWord;
  final String category;
  final String certificate;
  final String numberPrefix;

  /** Years of validity; 0 means long-term (2099-12-31). */
  final int years;

  final String content;

  LicenceTemplate(
      String document,
      String documentWord,
      String category,
      String certificate,
      String numberPrefix,
      int years,
      String content) {
    this.document = document;
    this.documentWord = documentWord;
    this.category = category;
    this.certificate = certificate;
    this.numberPrefix = numberPrefix;
    this.years = years;
    this.content = content;
  }
}

enum PenaltyTemplate {
  EXPIRED_FOOD(
      "经营超过保质期的食品",
      "经查，当事人于%s在其经营场所销售超过保质期的%s，共计%d件，违法所得%d元。上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。",
      "《中华人民共和国食品安全法》第一百二十四条第一款第（二）项",
      List.of("没收违法所得", "罚款"),
      50_000,
      500),
  UNLICENSED_FOOD(
      "未取得食品经营许可从事食品经营活动",
      "经查，当事人自%s起未取得食品经营许可擅自从事%s等食品经营活动，累计销售%d批次，违法所得%d元。",
      "《中华人民共和国食品安全法》第一百二十二条第一款",
      List.of("没收违法所得", "罚款"),
      50_000,
      300),
  FALSE_ADVERTISING(
      "发布虚假广告",
      "经查，当事人于%s起通过微信公众号发布%s广告，宣传内容含有无法证实的功效表述，共发布%d条，违法所得%d元。",
      "《中华人民共和国广告法》第五十五条第一款",
      List.of("罚款"),
      20_000,
      800),
  UNVERIFIED_SCALES(
      "使用未经检定的计量器具",
      "经查，当事人于%s在经营%s过程中使用未经检定的电子计价秤，共%d台，违法所得%d元。",
      "《中华人民共和国计量法实施细则》第四十三条",
      List.of("罚款"),
      1_000,
      9),
  PRICE_TAGS(
      "不按规定明码标价",
      "经查，当事人于%s销售%s等商品未按规定明码标价，涉及商品%d种，违法所得%d元。",
      "《中华人民共和国价格法》第四十二条",
      List.of("警告", "罚款"),
      500,
      45),
  FALSE_REGISTRATION(
      "提交虚假材料取得公司登记",
      "经查，当事人于%s办理设立登记时提交虚假的住所证明材料，登记经营%s业务，涉及材料%d份，违法所得%d元。",
      "《中华人民共和国公司法》第二百五十条",
      List.of("罚款", "吊销许可证件"),
      50_000,
      100);

  /** For persons and individual businesses. */
  static final PenaltyTemplate[] FOR_PERSONS = {EXPIRED_FOOD, UNLICENSED_FOOD, PRICE_TAGS};

  static final String[] PRODUCTS = {
    "预包装饮料", "方便面", "乳制品", "饼干", "调味品", "速冻水饺", "火腿肠", "食用植物油", "挂面", "保健食品", "白酒", "牛肉干"
  };

  final String violation;

  /** Formatted with the date found, the product, a count and the illegal gains in yuan. */
  final String facts;

  final String basis;
  final List<String> kinds;
  final long fineFromYuan;
  final int fineStepsOf100Yuan;

  PenaltyTemplate(
      String violation,
      String facts,
      String basis,
      List<String> kinds,
      long fineFromYuan,
      int fineStepsOf100Yuan) {
    this.violation = violation;
    this.facts = facts;
    this.basis = basis;
    this.kinds = kinds;
    this.fineFromYuan = fineFromYuan;
    this.fineStepsOf100Yuan = fineStepsOf100Yuan;
  }
}

/** Minimal JSON and CSV writing: strings, numbers, lists of strings and flat objects. */
final class Text {

  private Text() {}

  static void json(StringBuilder out, Object value) {
    if (value instanceof String s) {
      out.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          default -> {
            if (c < 0x20) {
              out.append("\\u%04x".formatted((int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      out.append('"');
    } else if (value instanceof BigDecimal number) {
      out.append(number.toPlainString());
    } else if (value instanceof List<?> list) {
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        json(out, list.get(i));
      }
      out.append(']');
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        json(out, entry.getKey());
        out.append(':');
        json(out, entry.getValue());
      }
      out.append('}');
    } else {
      throw new IllegalArgumentException("cannot write " + value);
    }
  }

  /** A CSV field, quoted: COPY reads an unquoted empty field as NULL, so write NULLs as nothing. */
  static void csv(StringBuilder out, String value) {
    if (value != null) {
      out.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
  }

  static String hex(byte[] bytes) {
    StringBuilder out = new StringBuilder(2 + 2 * bytes.length).append("\\x");
    for (byte b : bytes) {
      out.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
    }
    return out.toString();
  }

  /** CSV fields joined by commas, as {@link #csv} writes each. */
  static void csvLine(StringBuilder out, String... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      csv(out, values[i]);
    }
    out.append('\n');
  }
}

/**
 * The gateway's personal-data keys (PersonalDataKeys): HMAC-SHA256 finds a person by identity
 * number and makes the content hash, AES-256-GCM seals numbers and names as a version byte 1, a
 * 12-byte nonce and the ciphertext with its 16-byte tag. Not thread-safe.
 */
final class Keyring {

  private static final Pattern KEY =
      Pattern.compile("\"(hashKey|encryptionKey)\"\\s*:\\s*\"([A-Za-z0-9+/=]+)\"");
  private static final byte VERSION = 1;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final Mac mac;
  private final Cipher cipher;
  private final SecretKeySpec encryptionKey;
  private final Random nonces;

  private Keyring(byte[] hashKey, byte[] encryptionKey, Random nonces) {
    try {
      this.mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(hashKey, "HmacSHA256"));
      this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException(impossible);
    }
    this.encryptionKey = new SecretKeySpec(encryptionKey, "AES");
    this.nonces = nonces;
  }

  /**
   * The gateway's key file (credit.subject.personal-data.key-file): what it stores, it can read.
   */
  static Keyring read(Path keyFile) throws IOException {
    Map<String, byte[]> keys = new HashMap<>();
    Matcher matcher = KEY.matcher(Files.readString(keyFile));
    while (matcher.find()) {
      keys.put(matcher.group(1), Base64.getDecoder().decode(matcher.group(2)));
    }
    if (keys.size() != 2) {
      throw new IllegalArgumentException(keyFile + " has no hashKey and encryptionKey");
    }
    return new Keyring(keys.get("hashKey"), keys.get("encryptionKey"), new SecureRandom());
  }

  /**
   * Keys of the benchmark's own, drawn from the seed, for rows no gateway reads back (the COPY
   * ceiling): the same cost as the gateway's, and the output stays a function of the seed.
   */
  static Keyring ofSeed(long seed) {
    Random random = new Random(seed);
    byte[] hashKey = new byte[32];
    byte[] encryptionKey = new byte[32];
    random.nextBytes(hashKey);
    random.nextBytes(encryptionKey);
    return new Keyring(hashKey, encryptionKey, random);
  }

  byte[] hash(String value) {
    return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
  }

  byte[] seal(String plain) {
    byte[] nonce = new byte[NONCE_BYTES];
    nonces.nextBytes(nonce);
    try {
      cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length)
          .put(VERSION)
          .put(nonce)
          .put(sealed)
          .array();
    } catch (GeneralSecurityException impossible) {
      throw new IllegalStateException(impossible);
    }
  }
}

/**
 * Subjects and records as the gateway stores them (SubjectStore, RecordDrafts, RecordWriter), as
 * CSV lines for {@code COPY … (FORMAT csv, HEADER)} with explicit ids: a person's number and name
 * masked in the fields and sealed beside them, the keyed content hash of the subject and the
 * fields, version 1 {@code ACTIVE}, created when the record reached the platform.
 */
final class StoredRows {

  static final String LEGAL_PERSON_COLUMNS =
      "id,credit_code,registration_number,name,category,division_code";
  static final String NATURAL_PERSON_COLUMNS =
      "id,identity_hash,identity_sealed,identity_masked,name_sealed,name_masked,division_code";
  static final String RECORD_COLUMNS =
      "id,source_client_id,record_type,source_ref,subject_kind,legal_person_id,natural_person_id,"
          + "version,status,content_hash,division_code,decision_date,publication_until,created_at,"
          + "updated_at";
  static final String VERSION_COLUMNS =
      "record_id,version,change,content_hash,fields,sealed,decision_date,publication_until,"
          + "working_days,recorded_at";

  /** The time of day the records reached the platform, in China. */
  private static final String SUBMITTED_AT = " 10:00:00+08";

  private final Keyring keys;
  private final String client;
  private final StringBuilder fields = new StringBuilder(4096);

  StoredRows(Keyring keys, String client) {
    this.keys = keys;
    this.client = client;
  }

  void legalPerson(StringBuilder out, long id, Organisation org) {
    Text.csvLine(
        out,
        Long.toString(id),
        org.code(),
        null,
        org.name(),
        org.category(),
        org.division().code());
  }

  void naturalPerson(StringBuilder out, long id, Person person) {
    Text.csvLine(
        out,
        Long.toString(id),
        Text.hex(keys.hash(person.identityNumber())),
        Text.hex(keys.seal(person.identityNumber())),
        Codes.maskIdentity(person.identityNumber()),
        Text.hex(keys.seal(person.name())),
        Codes.maskName(person.name()),
        person.division().code());
  }

  /** The record's row of credit_record into {@code head}, its version 1 into {@code version}. */
  void record(
      StringBuilder head, StringBuilder version, long id, GeneratedRecord record, long subjectId) {
    Map<String, Object> stored = new LinkedHashMap<>(record.fields());
    String sealed = null;
    if (record.aboutPerson()) {
      String numberField = record.kind().refPrefix + "_XDR_ZJHM";
      String nameField = record.kind().refPrefix + "_XDR_MC";
      Map<String, Object> originals = new LinkedHashMap<>();
      originals.put(numberField, record.person().identityNumber());
      originals.put(nameField, record.person().name());
      stored.put(numberField, Codes.maskIdentity(record.person().identityNumber()));
      stored.put(nameField, Codes.maskName(record.person().name()));
      fields.setLength(0);
      Text.json(fields, originals);
      sealed = Text.hex(keys.seal(fields.toString()));
    }
    String contentHash = Text.hex(keys.hash(canonicalIdentity(record) + "\n" + canonical(record)));
    fields.setLength(0);
    Text.json(fields, stored);
    String recordedAt = record.submittedOn() + SUBMITTED_AT;
    String subject = Long.toString(subjectId);
    String publicationUntil =
        record.publicationUntil() == null ? null : record.publicationUntil().toString();
    Text.csvLine(
        head,
        Long.toString(id),
        client,
        record.kind().code,
        record.sourceRef(),
        record.subjectKind(),
        record.aboutPerson() ? null : subject,
        record.aboutPerson() ? subject : null,
        "1",
        "ACTIVE",
        contentHash,
        record.division().code(),
        record.decisionDate().toString(),
        publicationUntil,
        recordedAt,
        recordedAt);
    Text.csvLine(
        version,
        Long.toString(id),
        "1",
        "CREATED",
        contentHash,
        fields.toString(),
        sealed,
        record.decisionDate().toString(),
        publicationUntil,
        Integer.toString(weekdaysAfter(record.decisionDate(), record.submittedOn())),
        recordedAt);
  }

  /** Subject.canonicalIdentity() of the gateway's Organisation and Person. */
  private static String canonicalIdentity(GeneratedRecord record) {
    return record.aboutPerson()
        ? "P|" + record.person().identityNumber() + "|" + record.person().name()
        : "O|"
            + record.organisation().code()
            + "|"
            + record.organisation().name()
            + "|"
            + record.organisation().category();
  }

  /** RecordDrafts.canonical: the unmasked fields in code order, each as its JSON. */
  private static String canonical(GeneratedRecord record) {
    TreeMap<String, String> sorted = new TreeMap<>();
    StringBuilder value = new StringBuilder(256);
    record
        .fields()
        .forEach(
            (code, field) -> {
              value.setLength(0);
              Text.json(value, field);
              sorted.put(code, value.toString());
            });
    return sorted.toString();
  }

  /**
   * Working days from the decision to the submission (报送时效) as weekdays: the holidays of the
   * gateway's calendar are not subtracted, a day or two off for a few records.
   */
  static int weekdaysAfter(LocalDate decision, LocalDate submitted) {
    int days = 0;
    for (LocalDate day = decision.plusDays(1); !day.isAfter(submitted); day = day.plusDays(1)) {
      if (day.getDayOfWeek().getValue() <= 5) {
        days++;
      }
    }
    return days;
  }
}

/**
 * Draws record number {@code index} of a run, its kind, subject and fields, as a function of the
 * seed and the index only: every program that draws from the same subjects draws the same records.
 */
final class RecordSource {

  /** A record and the index of its subject in {@link Subjects#organisations} or {@code persons}. */
  record Drawn(GeneratedRecord record, int subjectIndex) {}

  private final long seed;
  private final double personChance;
  private final Subjects subjects;
  private final Records records;

  RecordSource(long seed, double personsShare, Subjects subjects, Records records) {
    this.seed = seed;
    this.personChance = personsShare / RecordMix.PERSON_CAPABLE;
    this.subjects = subjects;
    this.records = records;
  }

  Drawn draw(int index) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    RecordKind kind = RecordMix.kind(random);
    boolean person = kind != RecordKind.ABNORMAL_OPERATION && random.nextDouble() < personChance;
    String sourceRef = "S%d-%s-%08d".formatted(seed, kind.refPrefix, index + 1);
    if (person) {
      int p = random.nextInt(subjects.persons.length);
      return new Drawn(records.build(random, kind, sourceRef, null, subjects.persons[p]), p);
    }
    int o = random.nextInt(subjects.organisations.length);
    return new Drawn(records.build(random, kind, sourceRef, subjects.organisations[o], null), o);
  }
}

/** Draws the records in order and writes them as NDJSON batches and/or as COPY input. */
final class Generator {

  private final Options options;
  private final Subjects subjects;
  private final RecordSource source;
  private final StoredRows rows;
  private final int[] organisationIds;
  private final int[] personIds;
  private final List<Integer> organisationsInIdOrder = new ArrayList<>();
  private final List<Integer> personsInIdOrder = new ArrayList<>();
  private final int[] counts = new int[RecordKind.values().length];
  private int personRecords;

  Generator(Options options) {
    this.options = options;
    int organisationCount = Math.max(1, options.records() / RecordMix.RECORDS_PER_SUBJECT);
    int personCount =
        Math.max(
            1, (int) (options.records() * options.personsShare() / RecordMix.RECORDS_PER_SUBJECT));
    subjects = new Subjects(options.seed(), organisationCount, personCount);
    source =
        new RecordSource(
            options.seed(),
            options.personsShare(),
            subjects,
            new Records(options.asOf(), options.historyDays()));
    rows = new StoredRows(Keyring.ofSeed(options.seed()), options.client());
    organisationIds = new int[organisationCount];
    personIds = new int[personCount];
  }

  int count(RecordKind kind) {
    return counts[kind.ordinal()];
  }

  int personRecords() {
    return personRecords;
  }

  int subjectsUsed() {
    return organisationsInIdOrder.size() + personsInIdOrder.size();
  }

  void writeAll() throws IOException {
    BufferedWriter heads = options.writesCsv() ? csvFile("credit_record.csv") : null;
    BufferedWriter versions = options.writesCsv() ? csvFile("credit_record_version.csv") : null;
    if (heads != null) {
      heads.write(StoredRows.RECORD_COLUMNS + "\n");
      versions.write(StoredRows.VERSION_COLUMNS + "\n");
    }
    BufferedWriter batch = null;
    StringBuilder line = new StringBuilder(4096);
    StringBuilder version = new StringBuilder(4096);
    for (int index = 0; index < options.records(); index++) {
      RecordSource.Drawn drawn = source.draw(index);
      GeneratedRecord record = drawn.record();
      counts[record.kind().ordinal()]++;
      if (record.aboutPerson()) {
        personRecords++;
      }
      int subjectId = subjectId(record, drawn.subjectIndex());
      if (options.writesNdjson()) {
        if (index % options.batch() == 0) {
          if (batch != null) {
            batch.close();
          }
          String name = "batch-%06d.ndjson".formatted(index / options.batch() + 1);
          batch = Files.newBufferedWriter(options.out().resolve(name));
        }
        line.setLength(0);
        ndjson(line, record);
        batch.write(line.append('\n').toString());
      }
      if (heads != null) {
        line.setLength(0);
        version.setLength(0);
        rows.record(line, version, index + 1, record, subjectId);
        heads.write(line.toString());
        versions.write(version.toString());
      }
    }
    if (batch != null) {
      batch.close();
    }
    if (heads != null) {
      heads.close();
      versions.close();
      writeSubjects();
    }
  }

  private BufferedWriter csvFile(String name) throws IOException {
    return Files.newBufferedWriter(options.out().resolve(name));
  }

  /** The id of the record's subject in its table: subjects are numbered in order of first use. */
  private int subjectId(GeneratedRecord record, int subjectIndex) {
    int[] ids = record.aboutPerson() ? personIds : organisationIds;
    if (ids[subjectIndex] == 0) {
      List<Integer> inIdOrder = record.aboutPerson() ? personsInIdOrder : organisationsInIdOrder;
      inIdOrder.add(subjectIndex);
      ids[subjectIndex] = inIdOrder.size();
    }
    return ids[subjectIndex];
  }

  /** One line of a submission body (POST /api/v1/submissions, application/x-ndjson). */
  static void ndjson(StringBuilder out, GeneratedRecord record) {
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("kind", record.subjectKind());
    subject.put("code", record.subjectCode());
    subject.put("name", record.subjectName());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("recordType", record.kind().code);
    body.put("sourceRef", record.sourceRef());
    body.put("subject", subject);
    body.put("fields", record.fields());
    Text.json(out, body);
  }

  private void writeSubjects() throws IOException {
    StringBuilder line = new StringBuilder(512);
    try (BufferedWriter out = csvFile("legal_person.csv")) {
      out.write(StoredRows.LEGAL_PERSON_COLUMNS + "\n");
      for (int o : organisationsInIdOrder) {
        line.setLength(0);
        rows.legalPerson(line, organisationIds[o], subjects.organisations[o]);
        out.write(line.toString());
      }
    }
    try (BufferedWriter out = csvFile("natural_person.csv")) {
      out.write(StoredRows.NATURAL_PERSON_COLUMNS + "\n");
      for (int p : personsInIdOrder) {
        line.setLength(0);
        rows.naturalPerson(line, personIds[p], subjects.persons[p]);
        out.write(line.toString());
      }
    }
  }
}
