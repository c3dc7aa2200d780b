package cn.jiazheng.credit.identity.internal;

import java.util.List;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.identity.ApiScope;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.BeforeEach;
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
 * The API frame: integrators' keys (hashed, scoped, revocable, stateless), RFC 9457 problem details
 * that name the bad field in the caller's language, OpenAPI and actuator.
 */
@PlatformTest
class ApiFrameTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	MatrixFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void cast() {
		fixtures.prepare();
	}

	@Test
	void aKeyAuthenticatesAnIntegratorWithoutASessionUntilRevoked() throws Exception {
		String key = keys.issue(DemoAccountsSupport.ADMIN, "全国家政服务信用信息平台", List.of(ApiScope.RECORDS_READ),
				RegionCode.of("61"));
		String prefix = key.substring(4, 12);
		String digest = jdbc.sql("SELECT secret_digest FROM identity.api_key WHERE prefix = :p").param("p", prefix)
			.query(String.class).single();
		assertThat(digest).as("only a digest is stored").hasSize(64).doesNotContain(key.substring(13));

		MockHttpServletResponse me = mvc.perform(get("/api/v1/me").header("X-API-Key", key)).andReturn().getResponse();
		assertThat(me.getStatus()).isEqualTo(200);
		assertThat(me.getContentAsString()).contains("\"role\":\"INTEGRATOR\"").contains("\"territory\":\"61\"");
		assertThat(me.getCookie("SESSION")).as("stateless").isNull();

		assertThat(mvc.perform(get("/api/v1/regions/610113").header("X-API-Key", key)).andReturn().getResponse()
			.getStatus()).as("the key lacks the regions:read scope").isEqualTo(403);
		String regionKey = keys.issue(DemoAccountsSupport.ADMIN, "信用中国", List.of(ApiScope.REGIONS_READ), RegionCode.of("61"));
		assertThat(mvc.perform(get("/api/v1/regions/610113").header("X-API-Key", regionKey)).andReturn().getResponse()
			.getContentAsString()).contains("陕西省 / 西安市 / 雁塔区");

		assertThat(mvc.perform(get("/admin/accounts").header("X-API-Key", key)).andReturn().getResponse()
			.getRedirectedUrl()).as("a key opens the API only").endsWith("/login");

		long id = keys.list(DemoAccountsSupport.ADMIN).stream().filter(k -> k.prefix().equals(prefix)).findFirst()
			.orElseThrow().id();
		keys.revoke(DemoAccountsSupport.ADMIN, id);
		MockHttpServletResponse revoked = mvc.perform(get("/api/v1/me").header("X-API-Key", key)).andReturn().getResponse();
		assertThat(revoked.getStatus()).isEqualTo(401);
		assertThat(revoked.getContentType()).startsWith("application/problem+json");
		assertThat(revoked.getContentAsString()).contains("接口密钥无效或已吊销");
	}

	@Test
	void aForgedKeyIsRefused() throws Exception {
		MockHttpServletResponse forged = mvc.perform(get("/api/v1/me")
			.header("X-API-Key", "jzk_aaaaaaaa_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")).andReturn().getResponse();
		assertThat(forged.getStatus()).isEqualTo(401);
	}

	@Test
	void badInputIsAProblemThatNamesTheFieldInTheCallersLanguage() throws Exception {
		MockHttpServletResponse chinese = mvc.perform(fixtures.as(post("/api/v1/accounts"), "PLATFORM_ADMIN")
			.with(csrf())
			.contentType("application/json")
			.content("{\"username\":\"x\",\"displayName\":\"测试\",\"role\":\"CONSUMER\"}")).andReturn().getResponse();
		assertThat(chinese.getStatus()).isEqualTo(400);
		assertThat(chinese.getContentType()).startsWith("application/problem+json");
		assertThat(chinese.getContentAsString()).contains("\"field\":\"username\"")
			.contains("用户名须为 3–40 位字母、数字或 _ . @ -");

		MockHttpServletResponse english = mvc.perform(fixtures.as(post("/api/v1/accounts").param("lang", "en"), "PLATFORM_ADMIN")
			.with(csrf())
			.contentType("application/json")
			.content("{\"username\":\"someone\",\"displayName\":\"测试\",\"role\":\"REGULATOR\",\"territory\":\"999999\"}"))
			.andReturn().getResponse();
		assertThat(english.getStatus()).isEqualTo(400);
		assertThat(english.getContentAsString()).contains("\"field\":\"territory\"")
			.contains("Region code \\\"999999\\\" does not exist");
		assertThat(jdbc.sql("SELECT count(*) FROM identity.account WHERE username = 'someone'").query(Long.class).single())
			.as("nothing half-saved").isZero();
	}

	@Test
	void theApiIsDocumentedAndTheApplicationObservable() throws Exception {
		String docs = mvc.perform(fixtures.as(get("/v3/api-docs"), "REGULATOR")).andReturn().getResponse().getContentAsString();
		assertThat(docs).contains("\"openapi\"").contains("/api/v1/accounts").contains("/api/v1/me");
		assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString()).contains("UP");
		String metrics = mvc.perform(fixtures.as(get("/actuator/prometheus"), "PLATFORM_ADMIN")).andReturn().getResponse()
			.getContentAsString();
		assertThat(metrics).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
	}
}
