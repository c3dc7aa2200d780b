package cn.jiazheng.credit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.MatrixFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * 权限矩阵: every endpoint the application registers, for every role, for own and other territory
 * (or enterprise). An endpoint without an entry here fails the test, so none can be added without
 * deciding who may reach it (as Keycloak's PermissionsTest does).
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

	/** Who asks: a role, or nobody. */
	enum Caller {
		ANONYMOUS, PLATFORM_ADMIN, REGULATOR, ENTERPRISE_ADMIN, ENTERPRISE_STAFF, WORKER, CONSUMER, INTEGRATOR
	}

	/** Which data the path points at, relative to the caller. */
	enum Target {
		NONE, OWN, OTHER
	}

	private static final Set<Caller> PEOPLE = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS, Caller.INTEGRATOR));

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MatrixFixtures fixtures;

	private final Map<String, Entry> matrix = new LinkedHashMap<>();

	@BeforeAll
	void fixturesAndMatrix() {
		fixtures.prepare();
		// Public pages and infrastructure.
		open("GET /login");
		open("GET /error");
		open("GET /actuator/health");
		open("GET /actuator/health/**");
		people("GET /");
		people("POST /login/totp");
		people("GET /login/totp");
		people("GET /login/totp/enrol");
		people("POST /login/totp/enrol");
		people("GET /account/password");
		people("POST /account/password");
		allow("GET /api/v1/me", EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS)));
		allow("GET /swagger-ui.html", EnumSet.of(Caller.PLATFORM_ADMIN, Caller.REGULATOR));
		allow("GET /v3/api-docs", EnumSet.of(Caller.PLATFORM_ADMIN, Caller.REGULATOR));
		allow("GET /v3/api-docs.yaml", EnumSet.of(Caller.PLATFORM_ADMIN, Caller.REGULATOR));
		// No groups are configured, so every group name is unknown (404) to those the door lets through.
		matrix.put("GET /v3/api-docs/{group}", new Entry("GET /v3/api-docs/{group}",
				EnumSet.of(Caller.PLATFORM_ADMIN, Caller.REGULATOR), false, null, "HIDDEN", "HIDDEN"));
		allow("GET /v3/api-docs/swagger-config", EnumSet.of(Caller.PLATFORM_ADMIN, Caller.REGULATOR));
		admin("GET /actuator");
		admin("GET /actuator/info");
		admin("GET /actuator/prometheus");
		admin("GET /actuator/auditchain");
		// Accounts.
		admin("GET /admin/accounts");
		admin("POST /admin/accounts");
		admin("GET /admin/accounts/{id}", caller -> fixtures.account(caller, Target.class));
		admin("POST /admin/accounts/{id}/lock", caller -> fixtures.account(caller, Target.class));
		admin("POST /admin/accounts/{id}/unlock", caller -> fixtures.account(caller, Target.class));
		admin("POST /admin/accounts/{id}/password-reset", caller -> fixtures.account(caller, Target.class));
		admin("GET /admin/api-keys");
		admin("POST /admin/api-keys");
		admin("POST /admin/api-keys/{id}/revoke", caller -> fixtures.freshApiKey(Target.class));
		allow("GET /accounts", EnumSet.of(Caller.REGULATOR, Caller.ENTERPRISE_ADMIN));
		territorial("GET /accounts/{id}", EnumSet.of(Caller.REGULATOR, Caller.ENTERPRISE_ADMIN), caller -> fixtures.account(caller, Target.class));
		allow("POST /accounts/staff", EnumSet.of(Caller.ENTERPRISE_ADMIN));
		allow("GET /api/v1/accounts", EnumSet.of(Caller.PLATFORM_ADMIN, Caller.REGULATOR, Caller.ENTERPRISE_ADMIN));
		territorial("GET /api/v1/accounts/{id}", EnumSet.of(Caller.PLATFORM_ADMIN, Caller.REGULATOR, Caller.ENTERPRISE_ADMIN),
				caller -> fixtures.account(caller, Target.class));
		allow("POST /api/v1/accounts", EnumSet.of(Caller.PLATFORM_ADMIN, Caller.ENTERPRISE_ADMIN));
		admin("POST /api/v1/accounts/{id}/lock", caller -> fixtures.account(caller, Target.class));
		admin("POST /api/v1/accounts/{id}/unlock", caller -> fixtures.account(caller, Target.class));
		MatrixEntries.addModuleEntries(this);
	}

	@Test
	void everyEndpointHasAnEntry() throws Exception {
		// springdoc registers some of its mappings on the first request for the documentation.
		mvc.perform(fixtures.as(MockMvcRequestBuilders.get("/v3/api-docs"), Caller.PLATFORM_ADMIN.name()));
		Set<String> registered = registeredEndpoints();
		assertThat(registered).as("the handler mappings were read").hasSizeGreaterThan(20);
		Set<String> missing = new TreeSet<>(registered);
		missing.removeAll(matrix.keySet());
		assertThat(missing).as("endpoints without an entry in the authorisation matrix").isEmpty();
		Set<String> stale = new TreeSet<>(matrix.keySet());
		stale.removeAll(registered);
		// springdoc maps its per-group document only in some of its configurations.
		stale.remove("GET /v3/api-docs/{group}");
		assertThat(stale).as("matrix entries for endpoints that no longer exist").isEmpty();
	}

	@Test
	void everyCallerGetsTheExpectedAnswerFromEveryEndpoint() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, Entry> row : matrix.entrySet()) {
			for (Caller caller : Caller.values()) {
				for (Target target : row.getValue().targets()) {
					String path = row.getValue().path(caller, target);
					MockHttpServletResponse response = mvc.perform(request(row.getKey(), path, caller)).andReturn().getResponse();
					String outcome = outcome(response);
					String expected = row.getValue().expected(caller, target);
					if (!expected.equals(outcome)) {
						wrong.add(row.getKey() + " as " + caller + " on " + target + " (" + path + "): expected " + expected
								+ " but was " + outcome + " [" + response.getStatus() + "]");
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private MockHttpServletRequestBuilder request(String endpoint, String path, Caller caller) {
		HttpMethod method = HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
		if (method != HttpMethod.GET) {
			request.with(csrf());
		}
		if (path.startsWith("/api/") && method != HttpMethod.GET) {
			request.contentType("application/json").content("{}");
		}
		return fixtures.as(request, caller.name());
	}

	/** ALLOWED, DENIED (403), LOGIN (401 or sent to the login page) or HIDDEN (404: outside the territory). */
	private static String outcome(MockHttpServletResponse response) {
		int status = response.getStatus();
		String redirect = response.getRedirectedUrl();
		if (status == 401 || (redirect != null && redirect.contains("/login"))) {
			return "LOGIN";
		}
		if (status == 403) {
			return "DENIED";
		}
		if (status == 404) {
			return "HIDDEN";
		}
		return "ALLOWED";
	}

	private Set<String> registeredEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				for (String pattern : info.getPatternValues()) {
					for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
						endpoints.add(method.name() + " " + pattern);
					}
				}
			}
		}
		return endpoints;
	}

	// --- building the matrix ---

	void open(String endpoint) {
		matrix.put(endpoint, new Entry(endpoint, EnumSet.allOf(Caller.class), false, null, "ALLOWED", "HIDDEN"));
	}

	void people(String endpoint) {
		allow(endpoint, PEOPLE);
	}

	void admin(String endpoint) {
		allow(endpoint, EnumSet.of(Caller.PLATFORM_ADMIN));
	}

	void admin(String endpoint, Function<Caller, Map<Target, String>> ids) {
		matrix.put(endpoint, new Entry(endpoint, EnumSet.of(Caller.PLATFORM_ADMIN), false, ids, "ALLOWED", "HIDDEN"));
	}

	void allow(String endpoint, Set<Caller> allowed) {
		matrix.put(endpoint, new Entry(endpoint, allowed, false, null, "ALLOWED", "HIDDEN"));
	}

	/**
	 * For paths whose id names something of the caller's own only (a binding, a proposal): a made-up id.
	 * Those the door lets in get {@code whenAllowed} (404 when the id is all that is asked, 400 when a
	 * confirmation is missing first); the others are refused at the door.
	 */
	void allowWithUnknownId(String endpoint, Set<Caller> allowed, String whenAllowed) {
		matrix.put(endpoint, new Entry(endpoint, allowed, false,
				caller -> Map.of(Target.OWN, "987654321", Target.OTHER, "987654321"), whenAllowed, whenAllowed));
	}

	/** Allowed callers may change their own enterprise's or territory's data; a change elsewhere is refused (403). */
	void territorialWrite(String endpoint, Set<Caller> allowed, Function<Caller, Map<Target, String>> ids) {
		matrix.put(endpoint, new Entry(endpoint, allowed, true, ids, "ALLOWED", "DENIED"));
	}

	/** Allowed callers reach their own territory's data; other territories' data is hidden (404). */
	void territorial(String endpoint, Set<Caller> allowed, Function<Caller, Map<Target, String>> ids) {
		matrix.put(endpoint, new Entry(endpoint, allowed, true, ids, "ALLOWED", "HIDDEN"));
	}

	/**
	 * One row: who is allowed, and whether the path points at data with a territory.
	 *
	 * @param ids for paths with a variable: the value to use for each target, per caller
	 * @param whenAllowed what an allowed caller gets (ALLOWED, or HIDDEN where the path names nothing)
	 * @param whenOther what an allowed caller gets for another territory's or enterprise's data
	 */
	record Entry(String endpoint, Set<Caller> allowed, boolean territorial, Function<Caller, Map<Target, String>> ids,
			String whenAllowed, String whenOther) {

		Set<Target> targets() {
			return ids == null ? EnumSet.of(Target.NONE) : EnumSet.of(Target.OWN, Target.OTHER);
		}

		String path(Caller caller, Target target) {
			String pattern = endpoint.substring(endpoint.indexOf(' ') + 1).replace("/**", "/liveness");
			if (ids == null) {
				return pattern.replace("{code}", "610113").replaceAll("\\{[^}]+}", "x");
			}
			return pattern.replace("{number}", "1").replaceAll("\\{[^}]+}", ids.apply(caller).get(target));
		}

		String expected(Caller caller, Target target) {
			if (caller == Caller.INTEGRATOR && !endpoint.contains(" /api/")) {
				// Keys open the API only; elsewhere an integrator is nobody.
				caller = Caller.ANONYMOUS;
			}
			if (!allowed.contains(caller)) {
				return caller == Caller.ANONYMOUS ? "LOGIN" : "DENIED";
			}
			if (territorial && target == Target.OTHER && caller != Caller.PLATFORM_ADMIN) {
				return whenOther;
			}
			return whenAllowed;
		}
	}

	static Role roleOf(Caller caller) {
		return caller == Caller.ANONYMOUS ? null : Role.valueOf(caller.name());
	}
}
