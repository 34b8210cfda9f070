package cn.gov.zhangye.credit.catalog.code;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gov.zhangye.credit.catalog.CatalogFiles;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class UnifiedSocialCreditCodeProperties {

  private static final CodeTables TABLES = CodeTables.load(CatalogFiles.shipped());

  @Property(tries = 300)
  void everyGeneratedCodeIsValid(@ForAll("validCodes") String code) {
    assertTrue(UnifiedSocialCreditCode.defectOf(code).isEmpty(), code);
    assertEquals(code, UnifiedSocialCreditCode.parse(code).value());
  }

  @Property(tries = 40)
  void everySingleCharacterSubstitutionFails(@ForAll("validCodes") String code) {
    for (int position = 0; position < code.length(); position++) {
      for (char replacement : UnifiedSocialCreditCode.ALPHABET.toCharArray()) {
        if (replacement == code.charAt(position)) {
          continue;
        }
        String changed = code.substring(0, position) + replacement + code.substring(position + 1);
        assertTrue(UnifiedSocialCreditCode.defectOf(changed).isPresent(), changed);
      }
    }
  }

  /**
   * Codes built the way GB 32100 builds them: an authority and type from the table, a six-digit
   * division, an organisation-code body with its check character, and the outer check character.
   */
  @Provide
  Arbitrary<String> validCodes() {
    List<String> authorityAndType =
        TABLES.authorities().stream()
            .flatMap(authority -> authority.types().stream().map(t -> authority.code() + t.code()))
            .toList();
    return Combinators.combine(
            Arbitraries.of(authorityAndType),
            Arbitraries.strings().numeric().ofLength(6),
            Arbitraries.strings().withChars(UnifiedSocialCreditCode.ALPHABET).ofLength(8))
        .as(
            (prefix, division, body) -> {
              String first17 = prefix + division + body + OrganisationCodes.checkCharacterOf(body);
              return first17 + UnifiedSocialCreditCode.checkCharacterOf(first17);
            });
  }
}
