package cn.jiazheng.credit.security;

import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.internal.AccountManagement;
import cn.jiazheng.credit.identity.internal.DemoAccountsSupport;
import cn.jiazheng.credit.identity.internal.MatrixFixtures;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * MLPS 2.0 level 3, 身份鉴别 and 剩余信息保护 (GB/T 22239-2019 8.1.4.1, 8.1.4.10): a session ends on the
 * server when its person logs out or is locked out, the session keeps no credential, cookies and
 * headers keep the session and personal pages out of other hands and out of caches.
 */
@PlatformTest
class SessionSecurityTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement management;

	@Autowired
	MatrixFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void loggingOutEndsTheSessionOnTheServerSoTheOldCookieNoLongerWorks() throws Exception {
		Actor person = TestAccounts.consumer(management);
		Cookie session = TestAccounts.session(mvc, person.username());
		assertThat(status(session)).isEqualTo(200);
		assertThat(sessionsOf(person)).isOne();

		MockHttpServletResponse logout = mvc.perform(post("/logout").with(csrf()).cookie(session)).andReturn().getResponse();
		assertThat(logout.getRedirectedUrl()).isEqualTo("/login?logout");
		assertThat(status(session)).as("the cookie of a logged-out session, replayed").isEqualTo(401);
		assertThat(sessionsOf(person)).as("the session and its attributes are deleted, not merely forgotten by the browser")
			.isZero();
	}

	@Test
	void lockingAnAccountEndsTheSessionsItHasOpen() throws Exception {
		Actor person = TestAccounts.consumer(management);
		Cookie session = TestAccounts.session(mvc, person.username());
		assertThat(status(session)).isEqualTo(200);

		management.lock(DemoAccountsSupport.ADMIN, person.accountId());
		assertThat(status(session)).as("a locked (停用) account keeps no open session").isEqualTo(401);
		assertThat(sessionsOf(person)).isZero();
		assertThat(TestAccounts.login(mvc, person.username(), TestAccounts.PASSWORD).getRedirectedUrl())
			.isEqualTo("/login?error=disabled");
	}

	@Test
	void theStoredSessionHoldsNoPasswordHash() throws Exception {
		Actor person = TestAccounts.consumer(management);
		TestAccounts.session(mvc, person.username());
		String hash = jdbc.sql("SELECT password_hash FROM identity.account WHERE id = :id")
			.param("id", person.accountId())
			.query(String.class)
			.single();
		List<byte[]> attributes = jdbc.sql("""
				SELECT a.attribute_bytes FROM identity.spring_session_attributes a
				  JOIN identity.spring_session s ON s.primary_id = a.session_primary_id
				 WHERE s.principal_name = :u""").param("u", person.username()).query(byte[].class).list();
		String stored = String.join("\n",
				attributes.stream().map(bytes -> new String(bytes, StandardCharsets.ISO_8859_1)).toList());
		assertThat(stored).as("the serialised security context was read").contains(person.username());
		assertThat(hash).startsWith("{");
		assertThat(stored).doesNotContain(hash).doesNotContain(hash.substring(hash.indexOf('}') + 1));
	}

	@Test
	void overHttpsBrowsersAreToldToUseHttpsOnly() throws Exception {
		assertThat(mvc.perform(get("/login").secure(true)).andReturn().getResponse().getHeader("Strict-Transport-Security"))
			.contains("max-age=31536000").contains("includeSubDomains");
	}

	@Test
	void pagesAndAnswersWithPersonalDataAreNeitherCachedNorFramedNorSniffed() throws Exception {
		fixtures.prepare();
		for (String path : List.of("/me", "/api/v1/me", "/account/password")) {
			MockHttpServletResponse response = mvc.perform(fixtures.asAccount(get(path), "ayi")).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(200);
			assertThat(response.getHeader("Cache-Control")).as(path).contains("no-store");
			assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
			assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
			assertThat(response.getHeader("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
		}
		MockHttpServletResponse audit = mvc.perform(fixtures.asAccount(get("/admin/audit"), "admin")).andReturn().getResponse();
		assertThat(audit.getStatus()).isEqualTo(200);
		assertThat(audit.getHeader("Cache-Control")).contains("no-store");
	}

	private int status(Cookie session) throws Exception {
		return mvc.perform(get("/api/v1/me").cookie(session)).andReturn().getResponse().getStatus();
	}

	private long sessionsOf(Actor person) {
		return jdbc.sql("SELECT count(*) FROM identity.spring_session WHERE principal_name = :u")
			.param("u", person.username())
			.query(Long.class)
			.single();
	}
}
