package io.github.cadence.model;

import static io.github.cadence.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cadence.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import org.junit.jupiter.api.Test;

class ModelValidationTest {

  @Test
  void aContactGetsSensibleDefaultsAndImmutableCollections() {
    Contact c = Contact.builder("ana", NOW).roles(Role.CLIENT).tags("golf", "bni").build();

    assertThat(c.displayName()).isEqualTo("ana");
    assertThat(c.tier()).isEqualTo(Tier.C);
    assertThat(c.status()).isEqualTo(ContactStatus.active());
    assertThat(c.tags()).containsExactly("bni", "golf");
    assertThatThrownBy(() -> c.roles().add(Role.FRIEND))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(c.toBuilder().displayName("Ana").build().displayName()).isEqualTo("Ana");
    assertThat(c.toBuilder().build()).isEqualTo(c);
  }

  @Test
  void aContactKeepsItsHandlesInOrderOnceEachAndItsOrganization() {
    Contact c =
        Contact.builder("ana", NOW)
            .handles(Handle.email("ana@example.com"), Handle.phone("+49 30 1234567"))
            .handles(Handle.email("ana@example.com"), Handle.profile("https://linkedin.com/in/ana"))
            .organization("Acme GmbH")
            .build();

    assertThat(c.handles())
        .containsExactly(
            Handle.email("ana@example.com"),
            Handle.phone("+49 30 1234567"),
            Handle.profile("https://linkedin.com/in/ana"));
    assertThat(c.organization()).contains("Acme GmbH");
    assertThat(c.toBuilder().build()).isEqualTo(c);
    assertThat(Contact.builder("bo", NOW).build().handles()).isEmpty();
    assertThat(Contact.builder("bo", NOW).build().organization()).isEmpty();
    assertThatThrownBy(() -> c.handles().add(Handle.phone("1")))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aHandleMustBeWhatItsKindSays() {
    assertThat(Handle.email("a@b").kind()).isEqualTo(Handle.Kind.EMAIL);
    assertThat(Handle.phone("(030) 12").kind()).isEqualTo(Handle.Kind.PHONE);
    assertThat(Handle.profile("HTTP://x.org/in/a").kind()).isEqualTo(Handle.Kind.PROFILE);
    assertThatThrownBy(() -> Handle.email("ana"))
        .hasMessage("email must look like name@domain, without spaces, was 'ana'");
    assertThatThrownBy(() -> Handle.email("@b")).hasMessageStartingWith("email must look like");
    assertThatThrownBy(() -> Handle.email("a@")).hasMessageStartingWith("email must look like");
    assertThatThrownBy(() -> Handle.email("a b@c")).hasMessageStartingWith("email must look like");
    assertThatThrownBy(() -> Handle.email(" a@b"))
        .hasMessage(
            "email must not start or end with a space or an invisible character, was ' a@b'");
    assertThatThrownBy(() -> Handle.phone("n/a")).hasMessage("phone must have a digit, was 'n/a'");
    assertThatThrownBy(() -> Handle.profile("linkedin.com/in/ana"))
        .hasMessage(
            "profile must be an http or https address with a host, was 'linkedin.com/in/ana'");
    assertThatThrownBy(() -> Handle.profile("ftp://x.org/a"))
        .hasMessageStartingWith("profile must be an http or https address");
    assertThatThrownBy(() -> Handle.profile("https:///a"))
        .hasMessageStartingWith("profile must be an http or https address");
    assertThatThrownBy(() -> Handle.profile("https://x.org/a b"))
        .hasMessageStartingWith("profile must be a web address, was 'https://x.org/a b': ");
    assertThatThrownBy(() -> new Handle(null, "a@b")).hasMessage("kind");
    assertThatThrownBy(() -> Handle.email(null)).hasMessage("email");
    assertThatThrownBy(() -> Contact.builder("ana", NOW).organization(" "))
        .hasMessage("organization must not be blank, was ' '");
    assertThatThrownBy(() -> Contact.builder("ana", NOW).handles((Handle) null))
        .hasMessage("handle");
  }

  @Test
  void blankOrPaddedIdsAreRejectedWithTheValue() {
    assertThatThrownBy(() -> Contact.builder("  ", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "id must have a visible character (not only spaces or invisible characters), was '  '");
    assertThatThrownBy(() -> Contact.builder(" ana", NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must not start or end with a space or an invisible character, was ' ana'");
    assertThatThrownBy(
            () ->
                Touchpoint.builder("", NOW)
                    .channel(Channel.CALL)
                    .outcome(Outcome.CONNECTED)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contactId must not be blank, was ''");
  }

  @Test
  void nullsAreRejectedWithTheParameterName() {
    assertThatThrownBy(() -> Contact.builder(null, NOW)).hasMessage("id");
    assertThatThrownBy(() -> Contact.builder("ana", null)).hasMessage("createdAt");
    assertThatThrownBy(() -> Contact.builder("ana", NOW).tier(null)).hasMessage("tier");
    assertThatThrownBy(() -> Contact.builder("ana", NOW).roles((Role) null)).hasMessage("role");
    assertThatThrownBy(() -> Touchpoint.builder("ana", NOW).channel(Channel.CALL).build())
        .isInstanceOf(NullPointerException.class)
        .hasMessage("outcome was not set");
  }

  @Test
  void instantsOutsideTheSupportedRangeAreRejected() {
    assertThatThrownBy(() -> Contact.builder("ana", Instant.MAX).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("createdAt must be between")
        .hasMessageContaining(Instant.MAX.toString());
    assertThatThrownBy(
            () ->
                Touchpoint.builder("ana", Instant.EPOCH.minusSeconds(3_000_000_000L))
                    .channel(Channel.CALL)
                    .outcome(Outcome.CONNECTED)
                    .build())
        .hasMessageContaining("at must be between");
  }

  @Test
  void aTierNeedsAPositiveCadenceAndWeight() {
    assertThatThrownBy(() -> new Tier("A", Period.ZERO, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cadence must be positive (no negative part, not zero), was P0D");
    assertThatThrownBy(() -> new Tier("A", Period.ofDays(-3), 1))
        .hasMessage("cadence must be positive (no negative part, not zero), was P-3D");
    assertThatThrownBy(() -> new Tier("A", Period.ofDays(3), 0))
        .hasMessage("weight must be positive and at most 1000000.0, was 0.0");
    assertThatThrownBy(() -> new Tier("A", Period.ofDays(3), Double.NaN))
        .hasMessage("weight must be positive and at most 1000000.0, was NaN");
    // A weight that would let a score overflow to infinity is refused where it is set.
    assertThatThrownBy(() -> new Tier("A", Period.ofDays(3), 1e300))
        .hasMessage("weight must be positive and at most 1000000.0, was 1.0E300");
    assertThat(Tier.A.withCadence(Period.ofWeeks(1)).cadence()).isEqualTo(Period.ofDays(7));
  }

  @Test
  void theDefaultTiersFollowTheDocumentedCadences() {
    assertThat(Tier.A.cadence()).isEqualTo(Period.ofDays(14));
    assertThat(Tier.B.cadence()).isEqualTo(Period.ofDays(30));
    assertThat(Tier.C.cadence()).isEqualTo(Period.ofDays(90));
    assertThat(Tier.A.weight()).isGreaterThan(Tier.B.weight());
    assertThat(Tier.B.weight()).isGreaterThan(Tier.C.weight());
  }

  @Test
  void aPausedStatusHasItsFirstDayBackAndTheOthersHaveNone() {
    assertThat(ContactStatus.pausedUntil(LocalDate.of(2027, 1, 4)).firstDayBack())
        .isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(ContactStatus.pausedUntil(LocalDate.of(2027, 1, 4)))
        .isEqualTo(new ContactStatus.Paused(LocalDate.of(2027, 1, 4)))
        .hasToString("paused until 2027-01-04");
    assertThat(ContactStatus.active()).isSameAs(ContactStatus.active()).hasToString("active");
    assertThat(ContactStatus.archived())
        .isNotEqualTo(ContactStatus.active())
        .hasToString("archived");
    assertThatThrownBy(() -> ContactStatus.pausedUntil(null)).hasMessage("firstDayBack");
    assertThatThrownBy(() -> ContactStatus.pausedUntil(LocalDate.of(10_000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("firstDayBack must be between");
  }

  @Test
  void aYearlyOccasionComesBackEveryYear() {
    Occasion birthday = Occasion.birthday(MonthDay.of(3, 14));

    assertThat(birthday.nextOnOrAfter(LocalDate.of(2026, 3, 14)))
        .contains(LocalDate.of(2026, 3, 14));
    assertThat(birthday.nextOnOrAfter(LocalDate.of(2026, 3, 15)))
        .contains(LocalDate.of(2027, 3, 14));
  }

  @Test
  void aLeapDayBirthdayFallsOnFebruary28InOtherYears() {
    Occasion leap = Occasion.birthday(MonthDay.of(2, 29));

    assertThat(leap.nextOnOrAfter(LocalDate.of(2026, 1, 1))).contains(LocalDate.of(2026, 2, 28));
    assertThat(leap.nextOnOrAfter(LocalDate.of(2028, 1, 1))).contains(LocalDate.of(2028, 2, 29));
  }

  @Test
  void aOneTimeOccasionIsGoneOnceItsDayHasPassed() {
    Occasion launch = Occasion.once("product launch", LocalDate.of(2026, 12, 1));

    assertThat(launch.nextOnOrAfter(LocalDate.of(2026, 11, 23)))
        .contains(LocalDate.of(2026, 12, 1));
    assertThat(launch.nextOnOrAfter(LocalDate.of(2026, 12, 2))).isEmpty();
    assertThatThrownBy(() -> new Occasion(Occasion.Kind.CUSTOM, "x", MonthDay.of(2, 29), 2026))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("day --02-29 does not exist in year 2026");
  }

  @Test
  void aTouchpointIsKeptToTheMillisecond() {
    Touchpoint t =
        Touchpoint.builder("a", NOW.plusNanos(1_234_567))
            .channel(Channel.CALL)
            .outcome(Outcome.CONNECTED)
            .build();

    assertThat(t.at()).isEqualTo(NOW.plusMillis(1));
  }

  @Test
  void attemptsAndConversationsAreToldApart() {
    Touchpoint answeredCall =
        Touchpoint.builder("a", NOW).channel(Channel.CALL).outcome(Outcome.CONNECTED).build();
    Touchpoint voicemail =
        Touchpoint.builder("a", NOW).channel(Channel.CALL).outcome(Outcome.LEFT_MESSAGE).build();
    Touchpoint gift =
        Touchpoint.builder("a", NOW).channel(Channel.GIFT).outcome(Outcome.SENT).build();
    Touchpoint theirEmail =
        Touchpoint.builder("a", NOW)
            .channel(Channel.EMAIL)
            .direction(Direction.INBOUND)
            .outcome(Outcome.SENT)
            .build();

    assertThat(answeredCall.isConversation()).isTrue();
    assertThat(answeredCall.isAttempt()).isFalse();
    assertThat(voicemail.isAttempt()).isTrue();
    assertThat(gift.isAttempt()).as("a gift does not ask for an answer").isFalse();
    assertThat(theirEmail.isAttempt()).isFalse();
  }

  @Test
  void occasionFactoriesSayWhatKindTheyAre() {
    assertThat(Occasion.anniversary("company anniversary", MonthDay.of(6, 1)).kind())
        .isEqualTo(Occasion.Kind.ANNIVERSARY);
    assertThat(Occasion.yearly("Cinco de Mayo", MonthDay.of(5, 5)).kind())
        .isEqualTo(Occasion.Kind.CUSTOM);
    assertThat(Occasion.yearly("Cinco de Mayo", MonthDay.of(5, 5)).year()).isEmpty();
    assertThat(FirstMeeting.on(LocalDate.of(2026, 1, 2)).where()).isEmpty();
    assertThat(FirstMeeting.on(LocalDate.of(2026, 1, 2)))
        .isEqualTo(FirstMeeting.on(LocalDate.of(2026, 1, 2)))
        .isNotEqualTo(FirstMeeting.at(LocalDate.of(2026, 1, 2), "BNI"));
  }

  @Test
  void datesAndInstantsAreAcceptedFrom1900On() {
    assertThat(Contact.builder("ana", Instant.parse("1900-01-01T00:00:00Z")).build().createdAt())
        .isEqualTo(Instant.parse("1900-01-01T00:00:00Z"));
    assertThatThrownBy(() -> Contact.builder("ana", Instant.parse("1899-12-31T23:59:59Z")).build())
        .hasMessageContaining("createdAt must be between");
    assertThat(FirstMeeting.on(LocalDate.of(1900, 1, 1)).date())
        .isEqualTo(LocalDate.of(1900, 1, 1));
    assertThatThrownBy(() -> FirstMeeting.on(LocalDate.of(1899, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("date must be between years 1900 and 9998, was 1899-12-31");
    assertThatThrownBy(() -> FirstMeeting.on(LocalDate.of(9999, 1, 1)))
        .hasMessage("date must be between years 1900 and 9998, was 9999-01-01");
  }

  @Test
  void weightsUpToAMillionAreAcceptedAndQuotesCutAtAHundredCharacters() {
    assertThat(new Tier("A", Period.ofDays(3), 1_000_000).weight()).isEqualTo(1_000_000);
    assertThat(Checks.checkBonus(1_000_000, "bonus")).isEqualTo(1_000_000);
    assertThat(Checks.checkBonus(0, "bonus")).isZero();
    assertThat(Checks.quote("x".repeat(100))).isEqualTo("'" + "x".repeat(100) + "'");
    assertThat(Texts.quote("Eve\u001B" + "x".repeat(120)))
        .isEqualTo(Checks.quote("Eve\u001B" + "x".repeat(120)))
        .startsWith("'Eve\\u001Bx")
        .endsWith("...' (124 characters)");
    assertThat(Checks.quote("x".repeat(101)))
        .isEqualTo("'" + "x".repeat(100) + "...' (101 characters)");
    // A cut never splits a character outside the basic plane in two.
    String emoji = "x".repeat(99) + "\uD83D\uDE00" + "y";
    assertThat(Checks.quote(emoji)).isEqualTo("'" + "x".repeat(99) + "...' (102 characters)");
    assertThat(Checks.checkDate(LocalDate.of(2026, 1, 1), "day"))
        .isEqualTo(LocalDate.of(2026, 1, 1));
    assertThatThrownBy(() -> Contact.builder("ana", NOW).displayName(" ").build())
        .hasMessage("displayName must not be blank, was ' '");
  }

  @Test
  void idsAreKeptComposedWhateverFormTheyCameIn() {
    assertThat(Checks.normalize("jose\u0301")).isEqualTo("jos\u00e9");
    assertThat(Checks.normalize("e\u0300")).isEqualTo("\u00e8");
    assertThat(Checks.normalize("plain")).isSameAs("plain");
    String plainId = "linkedin:2-abc:1710407525:5f3a:person-12";
    assertThat(Checks.checkId(plainId, "source")).isSameAs(plainId);
    assertThat(Checks.checkId("a~b c", "id")).isEqualTo("a~b c");
    assertThatThrownBy(() -> Checks.checkId("a\u007fb", "id"))
        .hasMessageStartingWith("id must not contain control characters (U+007F at index 1)");
    assertThat(Contact.builder("jose\u0301", NOW).build().id()).isEqualTo("jos\u00e9");
    assertThat(Contact.builder("a", NOW).tags("cafe\u0301").build().tags())
        .containsExactly("caf\u00e9");
  }

  // Nothing a user typed or imported may act on a terminal, a calendar or a page: the model holds
  // no control character (a note may hold line feeds) and no bidirectional control.
  @Test
  void textsRefuseControlAndBidirectionalCharactersNamingTheFieldAndShowingThemEscaped() {
    Contact.Builder ana = Contact.builder("ana", NOW);
    for (String hostile :
        new String[] {
          "Ana\u001B[2J", "Ana\u0007", "Ana\u0000", "Ana\rBell", "Ana\u009B", "Ana\u202Eleb"
        }) {
      assertThatThrownBy(() -> ana.displayName(hostile))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(
              "displayName must not contain control or bidirectional control characters (U+")
          .hasMessageNotContaining(hostile.substring(3, 4));
      assertThatThrownBy(() -> ana.organization(hostile)).hasMessageStartingWith("organization");
      assertThatThrownBy(() -> FirstMeeting.at(LocalDate.of(2026, 1, 5), hostile))
          .hasMessageStartingWith("where");
      assertThatThrownBy(() -> Touchpoint.builder("ana", NOW).note(hostile))
          .hasMessageStartingWith("note");
    }
    assertThatThrownBy(() -> ana.displayName("Ana\u001B[2J"))
        .hasMessage(
            "displayName must not contain control or bidirectional control characters (U+001B at"
                + " index 3), was 'Ana\\u001B[2J'");
    assertThat(
            Touchpoint.builder("ana", NOW)
                .channel(Channel.MEETING)
                .outcome(Outcome.CONNECTED)
                .note("lunch\nthen a walk")
                .build()
                .note())
        .contains("lunch\nthen a walk");
    assertThat(ana.displayName("\u05D3\u05E0\u05D4 Reyes").build().displayName())
        .isEqualTo("\u05D3\u05E0\u05D4 Reyes");
  }

  @Test
  void textsCleansAndShowsControlCharactersByOnePolicy() {
    assertThat(Texts.clean("Eve\u001B[2J\tMal\u0007lory\u202E")).isEqualTo("Eve[2J Mallory");
    assertThat(Texts.visible("Eve\u001B[2J\u202E")).isEqualTo("Eve\\u001B[2J\\u202E");
    assertThat(Texts.visible("plain")).isSameAs("plain");
    assertThat(Texts.firstControl("a\nb", true)).isEqualTo(-1);
    assertThat(Texts.firstControl("a\nb", false)).isEqualTo(1);
    assertThat(Texts.isControl('\u0085')).isTrue();
    assertThat(Texts.isControl('\u05D3')).isFalse();
  }

  @Test
  void controlCharactersEndExactlyWhereTheirRangesDo() {
    String controls = "\u0000\u001F\u007F\u0085\u009F\u202A\u202E\u2066\u2069";
    String neighbours = " ~\u00A0\u2029\u202F\u2065\u206A";
    for (char c : controls.toCharArray()) {
      assertThat(Texts.isControl(c)).as("U+%04X", (int) c).isTrue();
    }
    for (char c : neighbours.toCharArray()) {
      assertThat(Texts.isControl(c)).as("U+%04X", (int) c).isFalse();
    }
    assertThat(Texts.visible("\u0007ring")).isEqualTo("\\u0007ring");
    assertThat(Texts.visible("ring\u0007")).isEqualTo("ring\\u0007");
  }

  @Test
  void idsAreComposedFromTheFirstCombiningMark() {
    assertThat(Contact.builder("rene\u0300", NOW).build().id()).isEqualTo("ren\u00E8");
    assertThat(Contact.builder("ren\u00E8", NOW).build().id()).isEqualTo("ren\u00E8");
  }
}
