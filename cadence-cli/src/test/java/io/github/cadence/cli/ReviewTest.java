package io.github.cadence.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cadence.jdbc.Workspace;
import io.github.cadence.plan.PlanMemory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import nu.validator.client.EmbeddedValidator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * {@code week}, {@code log}, {@code goals} and {@code review} over three weeks of a demo workspace:
 * two weeks with every planned touch done, a third in progress. The review page is opened in
 * Debian's chromium (through chromedriver) and checked by the Nu HTML checker; CI installs
 * chromium, and elsewhere the browser half is skipped unless {@code CADENCE_REQUIRE_BROWSER} is
 * set, and then it fails.
 */
class ReviewTest {
  static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 11, 9);
  static final Instant REVIEWED = Instant.parse("2026-11-25T14:00:00Z");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;

  static Runs cadence(Instant at, String... args) {
    Runs r =
        Runs.cadence(
            at,
            Map.of(
                "CADENCE_WORKSPACE", dir.resolve("ws").toString(),
                "XDG_CONFIG_HOME", dir.resolve("config").toString(),
                "NO_COLOR", "1"),
            args);
    assertThat(r.status()).as("%s: %s", List.of(args), r.err()).isZero();
    return r;
  }

  /** Three weeks: the plan of the first two done in full, of the third one touch of it. */
  @BeforeAll
  static void threeWeeks() throws IOException {
    Path config = dir.resolve("config/cadence/config.yaml");
    Files.createDirectories(config.getParent());
    Files.writeString(config, "zone: UTC\n", StandardCharsets.UTF_8);
    Instant start = FIRST_MONDAY.atTime(8, 0).toInstant(ZoneOffset.UTC);
    cadence(
        start, "demo", "--as-of", start.toString(), "--workspace", dir.resolve("ws").toString());
    for (int week = 0; week < 3; week++) {
      LocalDate monday = FIRST_MONDAY.plusWeeks(week);
      cadence(monday.atTime(8, 0).toInstant(ZoneOffset.UTC), "week");
      List<PlanMemory.PlannedTouch> planned = planned(monday);
      assertThat(planned).as("the week's plan is remembered").isNotEmpty();
      List<PlanMemory.PlannedTouch> toDo = week < 2 ? planned : planned.subList(0, 1);
      Instant evening =
          week < 2 ? monday.plusDays(6).atTime(20, 0).toInstant(ZoneOffset.UTC) : REVIEWED;
      for (PlanMemory.PlannedTouch p : toDo) {
        cadence(
            evening,
            "log",
            p.contactId(),
            "--channel",
            "call",
            "--outcome",
            "connected",
            "--when",
            p.date().atTime(9, 0).toInstant(ZoneOffset.UTC).toString());
      }
    }
  }

  static List<PlanMemory.PlannedTouch> planned(LocalDate monday) {
    try (Workspace w = Workspace.sqlite(dir.resolve("ws/network.cadence")).open(REVIEWED)) {
      return w.plan().memory().plannedBetween(monday, monday.plusWeeks(1));
    }
  }

  @Test
  void theReviewComparesPlannedWithDoneAndCountsTheStreak() throws IOException {
    JsonNode r = JSON.readTree(cadence(REVIEWED, "review", "--json", "--weeks", "4").out());
    LocalDate monday = FIRST_MONDAY.plusWeeks(2);
    int planned = planned(monday).size();
    assertThat(r.get("weekStart").asText()).isEqualTo(monday.toString());
    assertThat(r.get("planned").asInt()).isEqualTo(planned);
    assertThat(r.get("done").asInt()).isEqualTo(1);
    assertThat(r.get("missed")).hasSize(planned - 1);
    assertThat(r.get("streak").asInt()).as("two weeks done; this one in progress").isEqualTo(2);
    JsonNode weeks = r.get("weeks");
    assertThat(weeks).hasSize(4);
    assertThat(weeks.get(0).get("planned").asInt()).as("before the first plan").isZero();
    for (int i = 1; i <= 2; i++) {
      JsonNode w = weeks.get(i);
      assertThat(w.get("start").asText()).isEqualTo(FIRST_MONDAY.plusWeeks(i - 1).toString());
      assertThat(w.get("planned").asInt()).isPositive();
      assertThat(w.get("done").asInt()).isEqualTo(w.get("planned").asInt());
    }
    assertThat(weeks.get(3).get("done").asInt()).isEqualTo(1);
    assertThat(r.get("goals")).hasSize(Config.defaultGoals().size());

    JsonNode forecast = r.get("forecast");
    assertThat(forecast.get("stoppedWeeks").asInt()).isEqualTo(4);
    JsonNode keep = forecast.get("keepThePlan");
    JsonNode stopped = forecast.get("stopped");
    assertThat(keep).hasSize(8);
    assertThat(stopped).hasSize(8);
    assertThat(total(stopped.get(4))).as("after four idle weeks").isGreaterThan(total(keep.get(4)));
    assertThat(stopped.get(1).get("touches").asInt()).isZero();
    assertThat(keep.get(1).get("touches").asInt()).isPositive();
  }

  @Test
  void theTextReviewReadsInATerminal() {
    String text = cadence(REVIEWED, "review", "--weeks", "3", "--ahead", "3", "--stop", "2").out();
    assertThat(text)
        .startsWith("Week of 2026-11-23\n  Plan:     1 of ")
        .contains("  Streak:   2 weeks in a row with every planned touch done\n")
        .containsPattern("  2026-11-16 +\\d+ planned +\\d+ done +✓\n")
        .contains("Overdue contacts ahead: keep the plan | stop for 2 weeks\n");
    assertThat(text.lines().filter(l -> l.matches("  2026-1[12]-\\d\\d +\\d+ \\| +\\d+ .*")))
        .hasSize(3);
  }

  @Test
  void goalsShowWhatIsDoneInTheirSpan() throws IOException {
    JsonNode goals = JSON.readTree(cadence(REVIEWED, "goals", "--json").out());
    assertThat(goals).hasSize(4);
    assertThat(goals.get(0).get("goal").asText()).isEqualTo("10 touches per week");
    assertThat(goals.get(0).get("from").asText()).isEqualTo("2026-11-23");
    assertThat(goals.get(0).get("achieved").asInt()).isPositive();
    assertThat(cadence(REVIEWED, "goals").out()).contains("10 touches per week", " of 10 ");
  }

  @Test
  void aBadOptionIsBadUsage() {
    Runs r = Runs.cadence(REVIEWED, Map.of(), "review", "--ahead", "4", "--stop", "5");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("cadence: --stop must be between 0 and --ahead (4), was 5\n");
  }

  static int total(JsonNode week) {
    int n = 0;
    for (JsonNode c : week.get("overdueByTier")) {
      n += c.asInt();
    }
    return n;
  }

  /** The page's colours (cadence-io's ReviewPage) for keeping the plan, stopping, and done. */
  static final String KEEP = "#1b6ec2";

  static final String STOP = "#d9480f";
  static final String DONE = "#2b8a3e";

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  static @Nullable ChromeDriver browser;

  /** The review page of the three weeks. */
  static Path page() {
    Path page = dir.resolve("review.html");
    if (!Files.exists(page)) {
      cadence(REVIEWED, "review", "--html", page.toString());
    }
    return page;
  }

  /** The page in chromium; skipped where chromium is missing, unless CADENCE_REQUIRE_BROWSER. */
  static ChromeDriver browser() {
    ChromeDriver b = browser;
    if (b == null) {
      boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
      if (System.getenv("CADENCE_REQUIRE_BROWSER") == null) {
        assumeTrue(installed, "chromium and chromedriver are not installed");
      }
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments(
          "--headless=new",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--user-data-dir=" + dir.resolve("chromium"),
          "--window-size=1000,2600");
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
      b = new ChromeDriver(service, options);
      browser = b;
      b.get(page().toUri().toString());
    }
    return b;
  }

  @AfterAll
  static void close() {
    ChromeDriver b = browser;
    if (b != null) {
      b.quit();
    }
  }

  @Test
  void theChartsAreDrawn() {
    ChromeDriver b = browser();
    assertThat(b.getTitle()).isEqualTo("Cadence weekly review, week of 2026-11-23");
    List<WebElement> forecasts = b.findElements(By.cssSelector("svg[id^=forecast-]"));
    assertThat(forecasts).as("one forecast chart per tier").hasSize(3);
    for (WebElement chart : forecasts) {
      assertThat(chart.getRect().getWidth()).isGreaterThan(400);
      for (String line : List.of("polyline.keep", "polyline.stop")) {
        Rectangle drawn = chart.findElement(By.cssSelector(line)).getRect();
        assertThat(drawn.getWidth()).as(line).isGreaterThan(300);
      }
      assertThat(chart.findElements(By.tagName("circle"))).hasSize(16);
    }
    WebElement bars = b.findElement(By.id("planned-done"));
    List<WebElement> done = bars.findElements(By.cssSelector("rect.done"));
    assertThat(done).hasSize(8);
    assertThat(done.get(5).getRect().getHeight()).as("a week with its plan done").isPositive();
    assertThat(done.get(5).getRect().getHeight())
        .isEqualTo(bars.findElements(By.cssSelector("rect.planned")).get(5).getRect().getHeight());
    assertThat(b.findElements(By.cssSelector("#streak-weeks rect.met"))).hasSize(2);
    assertThat(b.findElement(By.id("streak")).getText()).startsWith("2");
  }

  @Test
  void aScreenshotShowsTheChartsColours() throws IOException {
    byte[] png = browser().getScreenshotAs(OutputType.BYTES);
    Path kept = Path.of("target", "review-screenshot.png");
    Files.write(kept, png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isGreaterThanOrEqualTo(800);
    assertThat(image.getHeight()).isGreaterThanOrEqualTo(1200);
    assertThat(pixels(image, KEEP)).as("keep-the-plan lines").isGreaterThan(500);
    assertThat(pixels(image, STOP)).as("stopping lines").isGreaterThan(500);
    assertThat(pixels(image, DONE)).as("done bars and streak").isGreaterThan(500);
  }

  @Test
  void thePageIsValidHtml() throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    JsonNode report = new ObjectMapper().readTree(validator.validate(page()));
    List<String> problems = new ArrayList<>();
    for (JsonNode m : report.get("messages")) {
      problems.add(
          m.path("type").asText()
              + " "
              + m.path("subType").asText()
              + ": "
              + m.path("message").asText()
              + " (line "
              + m.path("lastLine").asText()
              + ")");
    }
    assertThat(problems).isEmpty();
  }

  /** How many pixels are within a small distance of a colour such as {@code #1b6ec2}. */
  static int pixels(BufferedImage image, String hex) {
    int want = Integer.parseInt(hex.substring(1), 16);
    int n = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int dr = ((rgb >> 16) & 0xff) - ((want >> 16) & 0xff);
        int dg = ((rgb >> 8) & 0xff) - ((want >> 8) & 0xff);
        int db = (rgb & 0xff) - (want & 0xff);
        if (dr * dr + dg * dg + db * db < 300) {
          n++;
        }
      }
    }
    return n;
  }
}
