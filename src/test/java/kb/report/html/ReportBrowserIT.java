package kb.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import kb.Shipped;
import kb.cli.CliRunner;
import kb.facts.CaseFacts;
import kb.facts.CaseLoader;
import kb.facts.Source;
import kb.labels.Labels;
import kb.labels.Lang;
import kb.labels.Words;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The Batam–Gimje report as people see it: opened in headless Chromium (Debian's
 * {@code chromium} and {@code chromium-driver}, driven through /usr/bin/chromedriver; nothing
 * is downloaded). Runs in {@code mvn verify} (failsafe); on a machine without the two packages
 * it fails and says how to install them. Saves screenshots under target/.
 */
@Tag("browser")
class ReportBrowserIT {
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final Path OUT = Path.of("target/report-it");
    private static final String MOU_SIGNING = "A-2013-08-17-mou-signing";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static WebDriver driver;
    private static Path indonesian;
    private static Path english;
    private static Path index;
    private static CaseFacts batamGimje;
    private static Words id;

    @BeforeAll
    static void writePagesAndStartChromium() throws Exception {
        indonesian = OUT.resolve("batam-gimje-id.html");
        english = OUT.resolve("batam-gimje-en.html");
        index = OUT.resolve("all");
        run("report", Shipped.BATAM_GIMJE.toString(), "--lang", "id", "-o", indonesian.toString());
        run("report", Shipped.BATAM_GIMJE.toString(), "-o", english.toString());
        run("report", Shipped.FACTS.toString(), "--lang", "id", "-o", index.toString());
        batamGimje = new CaseLoader().load(Shipped.BATAM_GIMJE);
        id = new Words(Labels.of(Shipped.rules()), Lang.ID);
        driver = chromium();
    }

    private static void run(String... args) {
        CliRunner r = CliRunner.run(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r.err()).isZero();
    }

    /** Chromium from Debian, through its own chromedriver: Selenium Manager is never asked to find or fetch one. */
    private static WebDriver chromium() {
        assertThat(new File(CHROMEDRIVER).canExecute()).as("the browser test needs Debian's chromium and chromium-driver: "
                + "apt-get update && apt-get install -y chromium chromium-driver (.ci/run does it)").isTrue();
        assertThat(new File(CHROMIUM).canExecute()).as("the browser test needs Debian's chromium: apt-get install -y chromium").isTrue();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1900", "--lang=id", "--no-first-run", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static void open(Path page) {
        driver.get(page.toAbsolutePath().toUri().toString());
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    @Test
    void thePageLoadsWithoutConsoleErrorsOrNetworkRequests() {
        for (Path page : List.of(indonesian, english, index.resolve("index.html"), index.resolve("batam-gimje.html"))) {
            open(page);
            assertThat(consoleProblems()).as("console of " + page).isEmpty();
            assertThat(loadedNotFromFile()).as("what " + page + " loaded besides itself").isEmpty();
            assertThat(elementsThatFetch()).as("elements of " + page + " that would fetch something").isEmpty();
        }
    }

    /** The checks above fail on a page that logs an error and asks the network for an image. */
    @Test
    void theChecksCatchAConsoleErrorAndANetworkRequest() throws IOException {
        Path bad = OUT.resolve("made-up-bad-page.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=en><head><title>bad</title><link rel=icon href=\"data:,\"></head>"
                + "<body><h1>bad</h1><img alt=x src=\"http://127.0.0.1:9/x.png\"><script>console.error('broken');</script></body></html>");
        open(bad);
        assertThat(consoleProblems()).isNotEmpty();
        assertThat(loadedNotFromFile()).anySatisfy(n -> assertThat(n).startsWith("http://127.0.0.1:9/"));
        assertThat(elementsThatFetch()).contains("http://127.0.0.1:9/x.png");
    }

    private static List<LogEntry> consoleProblems() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
    }

    /** Every resource the page loaded (performance entries: the page, then anything it asked for) not read from file://. */
    @SuppressWarnings("unchecked")
    private static List<String> loadedNotFromFile() {
        List<String> all = (List<String>) js("return performance.getEntries().map(e => e.name).filter(n => n.includes(':'));");
        assertThat(all).as("the page itself is a performance entry").isNotEmpty();
        return all.stream().filter(n -> !n.startsWith("file:")).toList();
    }

    /** Addresses of elements that make the browser fetch (img, script, link, ...), other than data: URLs. */
    @SuppressWarnings("unchecked")
    private static List<String> elementsThatFetch() {
        List<String> all = (List<String>) js("return Array.from(document.querySelectorAll('[src], link[href], object[data], "
                + "iframe, embed, use')).map(e => e.getAttribute('src') || e.getAttribute('href') || e.outerHTML);");
        return all.stream().filter(u -> !u.startsWith("data:")).toList();
    }

    @Test
    void theSixFactorsAndTheVerdictAreVisibleInWordsInTheChosenLanguage() throws IOException {
        open(indonesian);
        JsonNode factors = JSON.readTree(Shipped.RULES.resolve("factors.json").toFile()).path("factors");
        JsonNode expected = JSON.readTree(Shipped.BATAM_GIMJE.resolve("expected.json").toFile());
        List<WebElement> rows = driver.findElements(By.cssSelector("table.factors tbody tr"));
        assertThat(rows).hasSize(6).allSatisfy(r -> assertThat(r.isDisplayed()).isTrue());
        for (int i = 0; i < 6; i++) {
            JsonNode f = factors.get(i);
            WebElement row = rows.get(i);
            assertThat(row.findElement(By.cssSelector("th[scope=row]")).getText()).isEqualTo(f.path("id").asText());
            assertThat(row.getText().toLowerCase()).contains(f.path("indonesian").asText().toLowerCase());
            WebElement result = row.findElement(By.cssSelector("td.result"));
            // expected.json gives each factor's result as MET, NOT_MET or UNDETERMINED.
            String status = expected.path("factors").path(f.path("id").asText()).asText();
            assertThat(status).isIn("MET", "NOT_MET", "UNDETERMINED");
            // In words, not colour alone: "terpenuhi" / "tidak terpenuhi" as labels.json says.
            assertThat(result.getText()).endsWith(id.result(status));
        }
        WebElement verdict = driver.findElement(By.cssSelector("#verdict [data-verdict]"));
        assertThat(verdict.isDisplayed()).isTrue();
        assertThat(verdict.getAttribute("data-verdict")).isEqualTo(expected.path("verdict").asText());
        assertThat(verdict.getText()).isEqualTo("tidak optimal");
        assertThat(driver.findElement(By.id("verdict")).getText()).contains("4 dari 6 faktor terpenuhi", "V.4");

        open(english);
        assertThat(driver.findElement(By.cssSelector("#verdict [data-verdict]")).getText()).isEqualTo("not optimal");
        assertThat(driver.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void expandingF4ShowsTheMouSigningAsNotCountedWithItsReason() throws IOException {
        open(indonesian);
        WebElement f4 = driver.findElement(By.id("derivation-F4"));
        WebElement signing = f4.findElement(By.cssSelector("li.not-counted[data-fact='" + MOU_SIGNING + "']"));
        assertThat(signing.isDisplayed()).as("closed until expanded").isFalse();
        f4.findElement(By.tagName("summary")).click();
        assertThat(f4.getAttribute("open")).isNotNull();
        assertThat(signing.isDisplayed()).isTrue();
        assertThat(signing.getText()).contains(MOU_SIGNING, "2013-08-17", "tidak dihitung", "F4.C1");
        screenshot(f4, OUT.resolve("report-batam-gimje-f4.png"));
    }

    @Test
    void aFactLinksToItsSourceAndTheSourceLinksToItsUrl() {
        open(indonesian);
        Source antara = batamGimje.sources().get("antara-389247");
        WebElement fact = driver.findElement(By.cssSelector("#timeline li a.src[href='#source-antara-389247']"));
        fact.click();
        assertThat(driver.getCurrentUrl()).endsWith("#source-antara-389247");
        WebElement link = driver.findElement(By.cssSelector("#source-antara-389247 a[href^='http']"));
        assertThat(link.getAttribute("href")).isEqualTo(antara.getUrl());
        assertThat(link.isDisplayed()).isTrue();
        for (Source s : batamGimje.sources().values()) {
            if (s.getUrl() != null) {
                // A case may cite the same copy as the law library does (permenlu-2006): each entry links its own.
                assertThat(driver.findElements(By.cssSelector("#source-" + s.getId() + " a[href='" + s.getUrl() + "']")))
                        .as(s.getId()).hasSize(1);
            }
        }
    }

    @Test
    void accessibilityBasics() {
        open(indonesian);
        assertThat(driver.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("id");
        List<Integer> levels = new ArrayList<>();
        driver.findElements(By.cssSelector("h1, h2, h3, h4, h5, h6"))
                .forEach(h -> levels.add(Integer.parseInt(h.getTagName().substring(1))));
        assertThat(levels).as("headings").startsWith(1);
        assertThat(levels.stream().filter(l -> l == 1)).as("one h1").hasSize(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %d of %s skips no level", i, levels).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        for (WebElement table : driver.findElements(By.tagName("table"))) {
            List<WebElement> heads = table.findElements(By.cssSelector("thead th"));
            assertThat(heads).isNotEmpty().allSatisfy(th -> assertThat(th.getAttribute("scope")).isEqualTo("col"));
        }
        assertThat(driver.findElements(By.cssSelector("table.factors tbody th[scope=row]"))).hasSize(6);
        // Every result says it in words; colour only helps.
        List<String> words = List.of(id.result("MET"), id.result("NOT_MET"), id.result("UNDETERMINED"));
        for (WebElement r : driver.findElements(By.cssSelector(".result"))) {
            assertThat(r.getText().replaceFirst("^[✓✗?]\\s*", "")).isIn(words);
        }
        assertThat(driver.findElement(By.cssSelector("svg.timeline")).getAttribute("role")).isEqualTo("img");
        assertThat(driver.findElement(By.cssSelector("svg.timeline title")).getAttribute("textContent")).isNotBlank();
    }

    @Test
    void screenshotOfTheReport() throws IOException {
        open(indonesian);
        assertThat(driver.findElement(By.cssSelector("svg.timeline")).isDisplayed()).isTrue();
        screenshot(null, OUT.resolve("report-batam-gimje.png"));
    }

    private static void screenshot(WebElement scrollTo, Path file) throws IOException {
        if (scrollTo != null) {
            js("arguments[0].scrollIntoView(true);", scrollTo);
        }
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(file.getParent());
        Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(file)).isGreaterThan(10_000);
    }
}
