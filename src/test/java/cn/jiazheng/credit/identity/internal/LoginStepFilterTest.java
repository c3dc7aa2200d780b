package cn.jiazheng.credit.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

/** The absolute 12-hour timeout and the owed login steps, with a fixed clock. */
class LoginStepFilterTest {

	private static final Instant LOGIN = Instant.parse("2026-03-02T01:00:00Z");

	private final SecurityProperties properties = new SecurityProperties(null, null, null, null);

	@Test
	void aLoginOlderThanTwelveHoursEndsHoweverActive() throws Exception {
		MockHttpSession session = loggedInAt(LOGIN);
		MockHttpServletResponse response = run(session, "/", LOGIN.plus(Duration.ofHours(12)).plusSeconds(1));
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
		assertThat(session.isInvalid()).isTrue();
	}

	@Test
	void aLoginWithinTwelveHoursPasses() throws Exception {
		MockHttpSession session = loggedInAt(LOGIN);
		MockHttpServletResponse response = run(session, "/", LOGIN.plus(Duration.ofHours(11)));
		assertThat(response.getRedirectedUrl()).isNull();
		assertThat(session.isInvalid()).isFalse();
	}

	@Test
	void anOwedSecondFactorHoldsEveryOtherPageAndRefusesTheApi() throws Exception {
		MockHttpSession session = loggedInAt(LOGIN);
		session.setAttribute(LoginSteps.PENDING, LoginSteps.Pending.TOTP.name());
		assertThat(run(session, "/admin/accounts", LOGIN).getRedirectedUrl()).isEqualTo("/login/totp");
		assertThat(run(session, "/api/v1/me", LOGIN).getStatus()).isEqualTo(401);
		assertThat(run(session, "/login/totp", LOGIN).getRedirectedUrl()).isNull();
	}

	private static MockHttpSession loggedInAt(Instant at) {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(LoginSteps.LOGIN_AT, at.toEpochMilli());
		return session;
	}

	private MockHttpServletResponse run(MockHttpSession session, String path, Instant now) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		request.setSession(session);
		MockHttpServletResponse response = new MockHttpServletResponse();
		new LoginStepFilter(properties, Clock.fixed(now, ZoneOffset.UTC)).doFilter(request, response, new MockFilterChain());
		return response;
	}
}
