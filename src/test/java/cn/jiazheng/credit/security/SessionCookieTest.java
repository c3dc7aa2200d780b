package cn.jiazheng.credit.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session cookie as the real server writes it (MockMvc has no server, and Spring Boot then takes the
 * cookie's attributes from the mock servlet context instead of {@code server.servlet.session.cookie.*}).
 * Same configuration as the browser tests, so Spring starts one server for both.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionCookieTest {

	@LocalServerPort
	int port;

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
		HttpResponse<Void> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.discarding());
		assertThat(page.statusCode()).isEqualTo(200);
		List<String> cookies = page.headers().allValues("Set-Cookie");
		assertThat(cookies).as("the login page opens a session for its CSRF token")
			.anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION="));
		String session = cookies.stream().filter(cookie -> cookie.startsWith("SESSION=")).findFirst().orElseThrow();
		assertThat(session).as("no script reads the session id").containsIgnoringCase("; HttpOnly");
		assertThat(session).as("not sent along with cross-site posts").containsIgnoringCase("; SameSite=Lax");
		assertThat(session).as("plain HTTP: Secure follows the request").doesNotContainIgnoringCase("Secure");
	}
}
