package io.github.cadence.io;

import static io.github.cadence.io.Fixtures.BERLIN;
import static io.github.cadence.io.Fixtures.importer;
import static io.github.cadence.io.Fixtures.source;
import static io.github.cadence.io.Fixtures.sources;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cadence.model.Contact;
import io.github.cadence.model.ContactStatus;
import io.github.cadence.model.DateRule;
import io.github.cadence.model.FirstMeeting;
import io.github.cadence.model.Handle;
import io.github.cadence.model.Occasion;
import io.github.cadence.model.Role;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ImporterTest {

  static Map<String, Contact> byName(ImportResult result) {
    return result.contacts().stream()
        .collect(Collectors.toMap(Contact::displayName, Function.identity(), (a, b) -> a));
  }

  @Test
  void todaysLinkedInExportGivesEachConnectionAFirstMeetingAndNoOneIsMarkedContacted() {
    ImportResult result = importer().read(List.of(source("Connections.csv")));

    assertThat(result.report().sources())
        .containsExactly(
            new MergeReport.Source(
                Fixtures.file("Connections.csv").toString(), Layout.LINKEDIN_CONNECTIONS, 4, 0));
    Map<String, Contact> contacts = byName(result);
    assertThat(contacts).containsOnlyKeys("María Núñez", "Ken O'Hara", "Priya Raman", "Jo Park");
    Contact maria = contacts.get("María Núñez");
    assertThat(maria.id()).isEqualTo("maria-nunez");
    assertThat(maria.handles())
        .containsExactly(
            Handle.profile("https://www.linkedin.com/in/maria-nunez"),
            Handle.email("maria@nunez.dev"));
    assertThat(maria.organization()).contains("Núñez & Söhne GmbH");
    assertThat(maria.firstMet()).contains(FirstMeeting.at(LocalDate.of(2024, 3, 12), "LinkedIn"));
    assertThat(maria.zone()).isEqualTo(BERLIN);
    // The rhythm counts from the day they connected, not from the import.
    assertThat(maria.createdAt())
        .isEqualTo(LocalDate.of(2024, 3, 12).atStartOfDay(BERLIN).toInstant());
    assertThat(contacts.get("Ken O'Hara").organization()).contains("Acme, Inc.");
    assertThat(contacts.get("Ken O'Hara").handles())
        .extracting(Handle::kind)
        .containsExactly(Handle.Kind.PROFILE);
    assertThat(result.touchpoints()).isEmpty();
  }

  // The README: a name alone never merges.
  @Test
  void twoCardsWithTheSameNameAndNoCompanyStayTwoContactsAndUnmapped() {
    ImportResult result =
        importer()
            .read(
                List.of(
                    Fixtures.text(
                        "phone.vcf",
                        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:John Smith\r\nTEL:+49 30 1111111\r\n"
                            + "EMAIL:john@one.example\r\nEND:VCARD\r\n"
                            + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:John Smith\r\n"
                            + "TEL:+49 40 2222222\r\nEMAIL:js@two.example\r\nEND:VCARD\r\n")));

    assertThat(result.contacts()).hasSize(2);
    assertThat(result.contacts())
        .allSatisfy(c -> assertThat(c.status()).isEqualTo(ContactStatus.unmapped()))
        .allSatisfy(c -> assertThat(c.createdAt()).isEqualTo(Fixtures.NOW));
  }

  @Test
  void theOlderLinkedInLayoutWithoutUrlsOrPreambleIsReadToo() {
    ImportResult result = importer().read(List.of(source("Connections-2019.csv")));

    assertThat(result.report().sources().get(0).layout()).isEqualTo(Layout.LINKEDIN_CONNECTIONS);
    assertThat(byName(result).get("Tom Becker").handles())
        .containsExactly(Handle.email("tom.becker@example.org"));
    assertThat(byName(result).get("Jo Park").firstMet().orElseThrow().date())
        .isEqualTo(LocalDate.of(2021, 9, 15));
  }

  @Test
  void googleCsvSplitsJoinedValuesKeepsUserLabelsAndReadsBirthdaysWithOrWithoutYear() {
    ImportResult result = importer().read(List.of(source("google.csv")));

    Map<String, Contact> contacts = byName(result);
    Contact maria = contacts.get("María Núñez");
    assertThat(maria.handles())
        .containsExactly(
            Handle.email("MARIA@nunez.dev"),
            Handle.email("maria.nunez@gmail.com"),
            Handle.phone("+49301234567"));
    assertThat(maria.tags()).containsExactly("Clients");
    assertThat(maria.roles()).as("Google's Clients label names a role").contains(Role.CLIENT);
    assertThat(maria.occasions()).containsExactly(Occasion.birthday(MonthDay.of(12, 9)));
    assertThat(maria.note()).contains("Met at Web Summit");
    Contact ken = contacts.get("Ken O'Hara");
    assertThat(ken.handles())
        .containsExactly(
            Handle.email("ken@acme.example"),
            Handle.email("k.ohara@acme.example"),
            Handle.phone("+14155550100"),
            Handle.profile("https://linkedin.com/in/kenohara/"));
    assertThat(ken.tags()).isEmpty();
    assertThat(ken.occasions()).as("the birth year is kept").containsExactly(born(1979, 6, 30));
    assertThat(ken.note()).isEmpty();
    // Two people called Sam Lee at two companies stay two contacts.
    assertThat(result.contacts()).extracting(Contact::id).contains("sam-lee", "sam-lee-2");
  }

  @Test
  void legacyGoogleCsvIsReadByItsOwnColumns() {
    ImportResult result = importer().read(List.of(source("google-legacy.csv")));

    Contact tom = result.contacts().get(0);
    assertThat(result.report().sources().get(0).layout()).isEqualTo(Layout.GOOGLE_CONTACTS_LEGACY);
    assertThat(tom.displayName()).isEqualTo("Tom Becker");
    assertThat(tom.handles())
        .containsExactly(Handle.email("Tom.Becker@example.org"), Handle.phone("+491715550123"));
    assertThat(tom.organization()).contains("Umbrella");
    assertThat(tom.tags()).containsExactly("Friends");
    assertThat(tom.roles()).containsExactly(Role.FRIEND);
    assertThat(tom.occasions()).containsExactly(born(1975, 2, 14));
  }

  @Test
  void phoneVCardsGiveNamesFromCompaniesOrNumbersWhenCardsHaveNoName() {
    ImportResult result = importer().read(sources("iphone.vcf", "contacts-v4.vcf"));

    Map<String, Contact> contacts = byName(result);
    assertThat(contacts)
        .containsOnlyKeys(
            "María Núñez", "Ken O'Hara", "Acme Plumbing", "+447700900123", "Sam Lee", "Li Wei");
    Contact maria = contacts.get("María Núñez");
    assertThat(maria.handles()).containsExactly(Handle.phone("+49301234567"));
    assertThat(maria.occasions())
        .as("Apple's 1604 means no year")
        .containsExactly(Occasion.birthday(MonthDay.of(12, 9)));
    assertThat(maria.note())
        .contains("Prefers calls after 4pm, Berlin time; ask about the new warehouse");
    assertThat(contacts.get("Ken O'Hara").handles())
        .containsExactly(
            Handle.email("ken@acme.example"),
            Handle.profile("https://www.linkedin.com/in/kenohara"));
    assertThat(contacts.get("Acme Plumbing").organization()).contains("Acme Plumbing");
    assertThat(contacts.get("Acme Plumbing").handles())
        .containsExactly(Handle.phone("+14155550199"));
    Contact li = contacts.get("Li Wei");
    assertThat(li.occasions()).containsExactly(Occasion.birthday(MonthDay.of(4, 12)));
    assertThat(li.tags()).containsExactly("Beijing", "Partners");
    assertThat(li.handles()).contains(Handle.phone("+861055550101"));
  }

  @Test
  void androidsVCard21WithQuotedPrintableNamesIsReadAndItsNationalNumbersGetTheUsersRegion() {
    ImportResult result =
        importer().read(List.of(ImportSource.of(Fixtures.file("android.vcf"), Layout.VCARD)));

    Map<String, Contact> contacts = byName(result);
    assertThat(contacts).containsOnlyKeys("Jürgen Müller", "+491715550123");
    Contact juergen = contacts.get("Jürgen Müller");
    assertThat(juergen.id()).isEqualTo("jurgen-muller");
    assertThat(juergen.handles())
        .containsExactly(Handle.email("juergen@example.de"), Handle.phone("+491715550199"));
    assertThat(juergen.occasions()).containsExactly(born(1970, 7, 4));
  }

  @Test
  void oneFileOfEachKindThatSharePeopleMergeIntoOneContactEachAndTheReportSaysOnWhichKey() {
    ImportResult result =
        importer()
            .read(
                sources(
                    "Connections.csv",
                    "Connections-2019.csv",
                    "google.csv",
                    "google-legacy.csv",
                    "iphone.vcf"));

    List<String> lines = result.report().lines();
    lines.forEach(System.out::println);
    Map<String, Contact> contacts = byName(result);
    Contact maria = contacts.get("María Núñez");
    assertThat(maria.handles())
        .containsExactly(
            Handle.profile("https://www.linkedin.com/in/maria-nunez"),
            Handle.email("maria@nunez.dev"),
            Handle.email("maria.nunez@gmail.com"),
            Handle.phone("+49301234567"));
    assertThat(maria.tags()).containsExactly("Clients");
    assertThat(maria.firstMet()).isPresent();
    assertThat(maria.occasions()).containsExactly(Occasion.birthday(MonthDay.of(12, 9)));
    assertThat(result.report().merges())
        .anySatisfy(
            m -> {
              assertThat(m.contactId()).isEqualTo("maria-nunez");
              assertThat(m.keys()).containsExactly("email maria@nunez.dev", "phone +49301234567");
            });
    assertThat(result.report().merges())
        .anySatisfy(
            m -> {
              assertThat(m.contactId()).isEqualTo("ken-ohara");
              assertThat(m.keys())
                  .containsExactly(
                      "profile linkedin.com/in/kenohara", "profile linkedin.com/in/kenohara");
            });
    assertThat(result.report().merges())
        .anySatisfy(
            m -> {
              assertThat(m.contactId()).isEqualTo("jo-park");
              assertThat(m.keys())
                  .containsExactly(
                      "name and company jo park|initech", "name and company jo park|initech");
            });
    assertThat(result.report().merges())
        .anySatisfy(m -> assertThat(m.keys()).containsExactly("email tom.becker@example.org"));
    assertThat(result.report().ambiguities())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.name()).isEqualTo("Sam Lee");
              assertThat(a.key()).isEqualTo("email sam@hooli.example");
              assertThat(a.candidates()).containsExactly("sam-lee", "sam-lee-2");
            });
    assertThat(contacts.keySet())
        .containsExactlyInAnyOrder(
            "María Núñez",
            "Ken O'Hara",
            "Priya Raman",
            "Jo Park",
            "Tom Becker",
            "Sam Lee",
            "Acme Plumbing",
            "+447700900123");
    assertThat(result.contacts()).hasSize(10);
  }

  @Test
  void controlAndBidirectionalCharactersInAnotherProgramsExportAreCleanedAndCounted() {
    String connections =
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"
            + "Eve\u001B[2J,\"Mal\u0007lory\",https://www.linkedin.com/in/eve,,\"Ev\u202Eil\tCorp\","
            + "CEO,03 May 2012\r\n"
            + "Ana,Bell,https://www.linkedin.com/in/ana,,Acme,CTO,04 May 2012\r\n";

    ImportResult result =
        Fixtures.importer().read(List.of(Fixtures.text("Connections.csv", connections)));

    assertThat(result.contacts())
        .extracting(Contact::displayName)
        .containsExactlyInAnyOrder("Eve[2J Mallory", "Ana Bell");
    assertThat(result.contacts())
        .filteredOn(c -> c.displayName().startsWith("Eve"))
        .singleElement()
        .satisfies(c -> assertThat(c.organization()).contains("Evil Corp"));
    assertThat(result.report().sources())
        .singleElement()
        .extracting(MergeReport.Source::cleaned)
        .isEqualTo(3L);
    assertThat(result.report().lines().get(0))
        .endsWith("2 records; cleaned 3 values of control characters");
  }

  private static Occasion born(int year, int month, int day) {
    return Occasion.of(
        Occasion.Kind.BIRTHDAY, "birthday", DateRule.yearlySince(LocalDate.of(year, month, day)));
  }

  @Test
  void aCardsAnniversariesAppleDatesAndNotesComeInWithTheirYears() {
    String card =
        String.join(
            "\r\n",
            "BEGIN:VCARD",
            "VERSION:4.0",
            "FN:Nora Lind",
            "EMAIL:nora@example.com",
            "BDAY:19800229",
            "ANNIVERSARY:20100612",
            "NOTE:Two kids\\nloves jazz",
            "item1.X-ABDATE:2016-03-03",
            "item1.X-ABLabel:_$!<Anniversary>!$_",
            "item2.X-ABDATE:2019-09-01",
            "item2.X-ABLabel:Started at Acme",
            "item3.X-ABDATE:not a date",
            "END:VCARD",
            "");

    ImportResult result = Fixtures.importer().read(List.of(Fixtures.text("nora.vcf", card)));

    Contact nora = byName(result).get("Nora Lind");
    assertThat(nora.occasions())
        .containsExactly(
            Occasion.of(
                Occasion.Kind.BIRTHDAY,
                "birthday",
                DateRule.yearlySince(LocalDate.of(1980, 2, 29))),
            Occasion.of(
                Occasion.Kind.ANNIVERSARY,
                "anniversary",
                DateRule.yearlySince(LocalDate.of(2010, 6, 12))),
            Occasion.of(
                Occasion.Kind.CUSTOM,
                "Started at Acme",
                DateRule.yearlySince(LocalDate.of(2019, 9, 1))));
    assertThat(nora.note()).contains("Two kids\nloves jazz");
  }
}
