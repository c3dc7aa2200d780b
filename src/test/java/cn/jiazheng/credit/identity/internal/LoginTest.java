package cn.jiazheng.credit.identity.internal;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.region.RegionCode;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Form login through the real filter chain and the database-backed session: lock-out after five
 * failures for fifteen minutes, session fixation, idle timeout, CSRF, headers, the second factor.
 */
@PlatformTest
class LoginTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final String PASSWORD = "Jiazheng#2026";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement management;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aGoodPasswordLogsInAndChangesTheSessionId() throws Exception {
		String username = newAccount(Role.CONSUMER, null);
		MvcResult page = mvc.perform(get("/login")).andReturn();
		Cookie before = page.getResponse().getCookie("SESSION");
		MockHttpServletResponse login = mvc.perform(post("/login").with(csrf()).cookie(before)
				.param("username", username).param("password", PASSWORD)).andReturn().getResponse();
		assertThat(login.getRedirectedUrl()).isEqualTo("/");
		Cookie after = login.getCookie("SESSION");
		assertThat(before).as("the login page opens a session for its CSRF token").isNotNull();
		assertThat(after).isNotNull();
		assertThat(after.getValue()).as("session fixation: a new id after login").isNotEqualTo(before.getValue());
		assertThat(mvc.perform(get("/api/v1/me").cookie(after)).andReturn().getResponse().getContentAsString())
			.contains(username);
	}

	@Test
	void fiveFailuresLockTheAccountForFifteenMinutes() throws Exception {
		String username = newAccount(Role.CONSUMER, null);
		for (int i = 0; i < 5; i++) {
			assertThat(login(username, "Wrong#Password1").getRedirectedUrl()).isEqualTo("/login?error=bad");
		}
		assertThat(login(username, PASSWORD).getRedirectedUrl()).as("even the right password is refused while locked")
			.isEqualTo("/login?error=locked");
		Instant lockedUntil = jdbc.sql("SELECT locked_until FROM identity.account WHERE username = :u")
			.param("u", username).query(java.sql.Timestamp.class).single().toInstant();
		assertThat(lockedUntil).isBetween(Instant.now().plusSeconds(14 * 60), Instant.now().plusSeconds(15 * 60 + 5));

		jdbc.sql("UPDATE identity.account SET locked_until = now() - interval '1 second' WHERE username = :u")
			.param("u", username).update();
		assertThat(login(username, PASSWORD).getRedirectedUrl()).as("fifteen minutes later").isEqualTo("/");
		assertThat(jdbc.sql("SELECT failed_attempts FROM identity.account WHERE username = :u").param("u", username)
			.query(Integer.class).single()).isZero();
	}

	@Test
	void fourFailuresDoNotLock() throws Exception {
		String username = newAccount(Role.CONSUMER, null);
		for (int i = 0; i < 4; i++) {
			login(username, "Wrong#Password1");
		}
		assertThat(login(username, PASSWORD).getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void anIdleSessionExpiresAfterThirtyMinutes() throws Exception {
		String username = newAccount(Role.CONSUMER, null);
		Cookie session = login(username, PASSWORD).getCookie("SESSION");
		assertThat(mvc.perform(get("/api/v1/me").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
		int maxInactive = jdbc.sql("SELECT max_inactive_interval FROM identity.spring_session WHERE principal_name = :u")
			.param("u", username).query(Integer.class).single();
		assertThat(maxInactive).isEqualTo(30 * 60);
		jdbc.sql("""
				UPDATE identity.spring_session
				   SET last_access_time = last_access_time - 31 * 60 * 1000, expiry_time = last_access_time - 60 * 1000
				 WHERE principal_name = :u""").param("u", username).update();
		assertThat(mvc.perform(get("/api/v1/me").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(401);
	}

	@Test
	void loginWithoutCsrfTokenIsRefused() throws Exception {
		String username = newAccount(Role.CONSUMER, null);
		assertThat(mvc.perform(post("/login").param("username", username).param("password", PASSWORD)).andReturn()
			.getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		MockHttpServletResponse page = mvc.perform(get("/login")).andReturn().getResponse();
		assertThat(page.getHeader("Content-Security-Policy")).contains("default-src 'self'").contains("frame-ancestors 'none'");
		assertThat(page.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(page.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(page.getHeader("Cache-Control")).contains("no-store");
	}

	@Test
	void aRegulatorMustEnrolAndPassTheSecondFactor() throws Exception {
		String username = newAccount(Role.REGULATOR, RegionCode.of("610113"));
		MockHttpServletResponse login = login(username, PASSWORD);
		assertThat(login.getRedirectedUrl()).isEqualTo("/login/totp/enrol");
		Cookie session = login.getCookie("SESSION");
		assertThat(mvc.perform(get("/").cookie(session)).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/login/totp/enrol");
		assertThat(mvc.perform(get("/api/v1/me").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(401);

		String page = mvc.perform(get("/login/totp/enrol").cookie(session)).andReturn().getResponse().getContentAsString();
		String secret = page.replaceAll("(?s).*id=\"totp-secret\">([A-Z2-7 ]+)<.*", "$1").replace(" ", "");
		MockHttpServletResponse wrong = mvc.perform(post("/login/totp/enrol").with(csrf()).cookie(session).param("code", "000000"))
			.andReturn().getResponse();
		assertThat(wrong.getContentAsString()).contains("动态验证码不正确");
		mvc.perform(post("/login/totp/enrol").with(csrf()).cookie(session).param("code", TotpCodes.now(secret)));
		assertThat(mvc.perform(get("/api/v1/me").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
		String stored = jdbc.sql("SELECT totp_secret FROM identity.account WHERE username = :u").param("u", username)
			.query(String.class).single();
		assertThat(stored).as("the second-factor secret is encrypted at rest").isNotBlank().doesNotContain(secret);

		Cookie second = login(username, PASSWORD).getCookie("SESSION");
		assertThat(mvc.perform(get("/api/v1/me").cookie(second)).andReturn().getResponse().getStatus()).isEqualTo(401);
		String code = TotpCodes.now(secret);
		mvc.perform(post("/login/totp").with(csrf()).cookie(second).param("code", code));
		assertThat(mvc.perform(get("/api/v1/me").cookie(second)).andReturn().getResponse().getStatus()).isEqualTo(200);

		Cookie third = login(username, PASSWORD).getCookie("SESSION");
		assertThat(mvc.perform(post("/login/totp").with(csrf()).cookie(third).param("code", code)).andReturn().getResponse()
			.getContentAsString()).as("a code is accepted once (RFC 6238 section 5.2)").contains("动态验证码不正确");
		assertThat(mvc.perform(get("/api/v1/me").cookie(third)).andReturn().getResponse().getStatus()).isEqualTo(401);
		assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE action = 'TOTP_VERIFY' AND outcome = 'FAILURE' AND actor = :u")
			.param("u", username).query(Long.class).single()).as("a wrong code is in the audit trail").isEqualTo(1);
	}

	@Test
	void aResetPasswordMustBeChangedAndNotToOneOfTheLastFive() throws Exception {
		String username = newAccount(Role.CONSUMER, null);
		long id = jdbc.sql("SELECT id FROM identity.account WHERE username = :u").param("u", username).query(Long.class).single();
		String temporary = management.resetPassword(DemoAccountsSupport.ADMIN, id);
		MockHttpServletResponse login = login(username, temporary);
		assertThat(login.getRedirectedUrl()).isEqualTo("/account/password");
		Cookie session = login.getCookie("SESSION");
		assertThat(mvc.perform(get("/api/v1/me").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(401);

		MockHttpServletResponse reused = mvc.perform(post("/account/password").with(csrf()).cookie(session)
				.param("currentPassword", temporary).param("newPassword", PASSWORD).param("repeatPassword", PASSWORD))
			.andReturn().getResponse();
		assertThat(reused.getContentAsString()).contains("新密码不得与最近 5 次使用过的密码相同");

		String fresh = "Fresh#Password9";
		mvc.perform(post("/account/password").with(csrf()).cookie(session).param("currentPassword", temporary)
			.param("newPassword", fresh).param("repeatPassword", fresh));
		assertThat(mvc.perform(get("/api/v1/me").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(login(username, fresh).getRedirectedUrl()).isEqualTo("/");
	}

	private MockHttpServletResponse login(String username, String password) throws Exception {
		return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
			.andReturn()
			.getResponse();
	}

	private String newAccount(Role role, RegionCode territory) {
		String username = "login" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100000;
		management.createWithPassword(DemoAccountsSupport.ADMIN,
				new NewAccount(username, "测试账号", role, territory, null), PASSWORD);
		return username;
	}
}
