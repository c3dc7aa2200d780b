package cn.jiazheng.credit.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jiazheng.credit.CreditPlatformApplication;
import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.disclosure.PublicProfile;
import cn.jiazheng.credit.disclosure.PublicProfiles;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.DemoCast;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.record.CreditRecords;
import cn.jiazheng.credit.record.NewRecord;
import cn.jiazheng.credit.record.SubjectKind;
import cn.jiazheng.credit.region.RegionCode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Two application instances on one database (issue 5, faults): the suite's context is instance A; a second
 * full application, instance B with its own web server on a random port, is started on the same PostgreSQL.
 * Nothing is shared between them but the database, as between two machines behind a load balancer.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

	private static final Actor ADMIN = new Actor(1, "admin", "平台管理员", Role.PLATFORM_ADMIN, null, null);

	private static final String ORDOS = "ordos-enterprise";

	private static final Actor YANTA = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);

	@Autowired
	EmbeddedPostgres postgres;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EnterpriseFiles files;

	@Autowired
	DemoData demo;

	@Autowired
	CreditRecords records;

	private ConfigurableApplicationContext b;

	/** One start of B for the class (a start costs seconds); the session test stops it, so it runs last. */
	@BeforeAll
	void startInstanceB() {
		demo.seedCast();
		b = new SpringApplication(CreditPlatformApplication.class).run(
				"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"), "--spring.datasource.username=postgres",
				"--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				// B's resumption job looks for abandoned runs at once and often; A's keeps its default.
				"--jiazheng.rating.resume-after=PT0S", "--jiazheng.rating.resume-every=PT0.2S");
	}

	@AfterAll
	void stopInstanceB() {
		if (b != null) {
			b.close();
		}
	}

	@Test
	@Order(1)
	void eachInstanceSeesTheOthersWritesAtOnce() {
		RegionCode county = RegionCode.of("610113");
		EnterpriseFiles onB = b.getBean(EnterpriseFiles.class);
		long fromB = onB.register(ADMIN, CreditCode.generate(county, new SplittableRandom()).value(), "乙实例登记家政", county.value());
		assertThat(files.get(ADMIN, fromB).name()).as("registered on B, read on A").isEqualTo("乙实例登记家政");
		long fromA = files.register(ADMIN, CreditCode.generate(county, new SplittableRandom()).value(), "甲实例登记家政", county.value());
		assertThat(onB.get(ADMIN, fromA).name()).as("registered on A, read on B").isEqualTo("甲实例登记家政");
	}

	/**
	 * Each instance keeps public profiles in memory; a record added on A must reach B's copy. B hears of it
	 * through PostgreSQL's NOTIFY, sent when A's transaction commits: the wait allowed is for that delivery.
	 */
	@Test
	@Order(1)
	void aPublicProfileKeptOnBShowsARecordAddedOnA() throws InterruptedException {
		long enterprise = demo.seedCast().demoEnterprise();
		String code = files.get(ADMIN, enterprise).creditCode().value();
		PublicProfiles onB = b.getBean(PublicProfiles.class);
		PublicProfile before = onB.lookup(code, Locale.CHINA);
		for (int i = 0; i < 100 && onB.lookup(code, Locale.CHINA) != before; i++) {
			Thread.sleep(50);
			before = onB.lookup(code, Locale.CHINA);
		}
		assertThat(onB.lookup(code, Locale.CHINA)).as("B keeps the profile it looked up").isSameAs(before);

		String number = "甲实例罚〔" + new SplittableRandom().nextInt(1_000_000) + "〕号";
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		records.add(YANTA, new NewRecord(SubjectKind.ENTERPRISE, enterprise, "ADMIN_PENALTY_GENERAL", "雁塔区市场监督管理局", number,
				today.minusDays(1), "两实例公示测试"), List.of());
		long added = System.nanoTime();
		long waitedMs = 0;
		while (onB.lookup(code, Locale.CHINA).records().stream().noneMatch(r -> number.equals(r.documentNumber())) && waitedMs < 2000) {
			Thread.sleep(1);
			waitedMs = (System.nanoTime() - added) / 1_000_000;
		}
		assertThat(onB.lookup(code, Locale.CHINA).records()).as("added on A, shown by B within %d ms", waitedMs)
			.anyMatch(r -> number.equals(r.documentNumber()));
	}

	@Test
	@Order(3)
	void aSessionOpenedOnBGoesOnOnAWhenBStops() throws Exception {
		int port = ((WebServerApplicationContext) b).getWebServer().getPort();
		HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(page.body());
		assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
		String form = "username=jumin&password=" + URLEncoder.encode(DemoCast.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "SESSION=" + session(page))
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location").orElseThrow()).as("logged in on B").doesNotContain("error");
		String session = session(login);

		b.close();
		b = null;

		String me = mvc.perform(get("/api/v1/me").cookie(new Cookie("SESSION", session))).andReturn().getResponse().getContentAsString();
		assertThat(me).as("A serves the session B opened, without a new login").contains("jumin");
		assertThat(mvc.perform(get("/api/v1/me").cookie(new Cookie("SESSION", "bm90LWEtc2Vzc2lvbg"))).andReturn().getResponse()
			.getStatus()).as("while a made-up session is still refused").isEqualTo(401);
	}

	@Test
	@Order(2)
	void anAbandonedRatingRunIsResumedByOneInstanceAndRatesEachSubjectOnce() throws Exception {
		demo.seedProvince(40, 4004);
		String territory = "610113";
		int version = jdbc.sql("SELECT version FROM rating.model_version WHERE model_id = ? AND state = 'ACTIVE'").param(1, ORDOS)
			.query(Integer.class).single();
		long total = jdbc.sql("SELECT count(*) FROM archive.enterprise WHERE region_code LIKE ?").param(1, territory + "%")
			.query(Long.class).single();
		// As an instance that crashed between storing the run and executing it would have left it.
		long run = jdbc.sql("""
				INSERT INTO rating.run (model_id, model_version, subject_kind, territory, kind, state, as_of, total, started_by,
				                        lease_owner, lease_until)
				VALUES (?, ?, 'ENTERPRISE', ?, 'DRY', 'RUNNING', ?, ?, 'crashed', 'gone', now() - interval '1 second') RETURNING id""")
			.params(ORDOS, version, territory, LocalDate.now(ZoneId.of("Asia/Shanghai")), total)
			.query(Long.class).single();
		String state = "RUNNING";
		for (long until = System.nanoTime() + 20_000_000_000L; state.equals("RUNNING") && System.nanoTime() < until; Thread.sleep(100)) {
			state = jdbc.sql("SELECT state FROM rating.run WHERE id = ?").param(1, run).query(String.class).single();
		}
		assertThat(state).as("a resumption job (B's looks every 0.2 s) took the run up and finished it").isEqualTo("DONE");
		long released = jdbc.sql("SELECT count(*) FROM archive.enterprise WHERE region_code LIKE ? AND released_number IS NOT NULL")
			.param(1, territory + "%").query(Long.class).single();
		assertThat(released).isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM rating.result WHERE run_id = ?").param(1, run).query(Long.class).single())
			.as("one result per released enterprise, none twice").isEqualTo(released);
		assertThat(jdbc.sql("SELECT count(DISTINCT subject_id) FROM rating.result WHERE run_id = ?").param(1, run).query(Long.class)
			.single()).isEqualTo(released);
		assertThat(jdbc.sql("SELECT done + skipped FROM rating.run WHERE id = ?").param(1, run).query(Long.class).single())
			.as("every subject counted once").isEqualTo(total);
	}

	private static String session(HttpResponse<?> response) {
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
			.map(c -> c.substring("SESSION=".length(), c.indexOf(';')))
			.findFirst().orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers()));
	}
}
