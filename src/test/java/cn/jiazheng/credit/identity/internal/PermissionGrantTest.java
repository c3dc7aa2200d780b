package cn.jiazheng.credit.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Accounts;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.DemoCast;
import cn.jiazheng.credit.identity.Permission;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 专项权限 through the admin's account page: only the platform admin grants, only to a regulator, each
 * change audited; the account's actor carries the permission from its next login.
 */
@PlatformTest
class PermissionGrantTest {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private static final Permission CATEGORY = Permission.VIEW_BACKGROUND_CATEGORY;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement management;

	@Autowired
	AccountRepository accounts;

	@Autowired
	AccountUserDetailsService logins;

	@Autowired
	Accounts publicAccounts;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	private DemoData.Cast cast;

	@BeforeEach
	void cast() {
		cast = demo.seedCast();
	}

	@Test
	void theAdminGrantsToARegulatorAndTheNextLoginCarriesIt() throws Exception {
		long id = newAccount(Role.REGULATOR, RegionCode.of("610113"), null);
		AccountPrincipal openBefore = loginOf(id);

		MockHttpServletResponse response = grant(id, "admin");

		assertThat(response.getRedirectedUrl()).isEqualTo("/admin/accounts/" + id);
		assertThat(storedPermissions(id)).containsExactly("VIEW_BACKGROUND_CATEGORY");
		assertThat(loginOf(id).actor().has(CATEGORY)).as("a fresh login carries the permission").isTrue();
		assertThat(openBefore.actor().has(CATEGORY)).as("a session opened before keeps its login's actor").isFalse();
		assertThat(me(loginOf(id))).contains("\"permissions\":[\"VIEW_BACKGROUND_CATEGORY\"]");
		assertThat(me(openBefore)).contains("\"permissions\":[]");
		assertThat(audited("PERMISSION_GRANT", id)).containsExactly("admin VIEW_BACKGROUND_CATEGORY");
		String page = mvc.perform(get("/admin/accounts/" + id).with(user(principal("admin"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("专项权限", "查看犯罪背景核查类别", "已授予", "/permissions/revoke");
	}

	@Test
	void grantingToAnEnterpriseAccountIsRefusedNamingTheRule() throws Exception {
		long id = newAccount(Role.ENTERPRISE_STAFF, RegionCode.of("610113"), cast.demoEnterprise());
		String page = mvc.perform(get("/admin/accounts/" + id).with(user(principal("admin"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).as("no grant button, the rule instead").contains("仅主管部门账号可授予此权限")
			.doesNotContain("/permissions/grant");

		MockHttpServletResponse response = grant(id, "admin");

		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(response.getContentAsString()).contains("仅主管部门账号可授予此权限");
		assertThat(storedPermissions(id)).isEmpty();
		assertThat(audited("PERMISSION_GRANT", id)).isEmpty();
	}

	@Test
	void aRegulatorCannotGrant() throws Exception {
		long id = newAccount(Role.REGULATOR, RegionCode.of("610113"), null);

		MockHttpServletResponse response = grant(id, "xian");

		assertThat(response.getStatus()).isEqualTo(403);
		assertThat(storedPermissions(id)).isEmpty();
		Actor xian = accounts.findByUsername("xian").orElseThrow().actor();
		assertThatThrownBy(() -> publicAccounts.grant(xian, id, CATEGORY)).as("nor through the public API")
			.isInstanceOf(AccessDeniedException.class);
		assertThat(storedPermissions(id)).isEmpty();
	}

	@Test
	void revokingNeedsConfirmationAndIsAudited() throws Exception {
		long id = newAccount(Role.REGULATOR, RegionCode.of("6101"), null);
		publicAccounts.grant(DemoAccountsSupport.ADMIN, id, CATEGORY);

		MockHttpServletResponse unconfirmed = mvc.perform(post("/admin/accounts/" + id + "/permissions/revoke").with(csrf())
				.with(user(principal("admin"))).param("permission", CATEGORY.name())).andReturn().getResponse();
		assertThat(unconfirmed.getStatus()).isEqualTo(400);
		assertThat(storedPermissions(id)).as("still held without the confirmation").containsExactly(CATEGORY.name());

		MockHttpServletResponse confirmed = mvc.perform(post("/admin/accounts/" + id + "/permissions/revoke").with(csrf())
				.with(user(principal("admin"))).param("permission", CATEGORY.name()).param("confirm", "true"))
			.andReturn().getResponse();

		assertThat(confirmed.getRedirectedUrl()).isEqualTo("/admin/accounts/" + id);
		assertThat(storedPermissions(id)).isEmpty();
		assertThat(loginOf(id).actor().has(CATEGORY)).isFalse();
		assertThat(audited("PERMISSION_REVOKE", id)).containsExactly("admin VIEW_BACKGROUND_CATEGORY");
	}

	@Test
	void grantingWhatIsHeldChangesAndRecordsNothing() {
		long id = newAccount(Role.REGULATOR, RegionCode.of("61"), null);
		publicAccounts.grant(DemoAccountsSupport.ADMIN, id, CATEGORY);
		publicAccounts.grant(DemoAccountsSupport.ADMIN, id, CATEGORY);
		publicAccounts.revoke(DemoAccountsSupport.ADMIN, id, CATEGORY);
		publicAccounts.revoke(DemoAccountsSupport.ADMIN, id, CATEGORY);
		assertThat(audited("PERMISSION_GRANT", id)).hasSize(1);
		assertThat(audited("PERMISSION_REVOKE", id)).hasSize(1);
		assertThat(storedPermissions(id)).isEmpty();
	}

	@Test
	void theDatabaseRefusesAPermissionOnANonRegulatorAccount() {
		long id = newAccount(Role.CONSUMER, null, null);
		assertThatThrownBy(() -> publicAccounts.grant(DemoAccountsSupport.ADMIN, id, CATEGORY))
			.isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> accounts.addPermission(id, CATEGORY)).as("even past the service")
			.hasMessageContaining("permissions_only_for_regulators");
	}

	@Test
	void theDemoCityRegulatorHoldsTheCategoryPermissionAndTheCountyOneDoesNot() {
		assertThat(loginOf(accounts.findByUsername("xian").orElseThrow().id()).actor().has(CATEGORY)).isTrue();
		assertThat(loginOf(accounts.findByUsername("yanta").orElseThrow().id()).actor().has(CATEGORY)).isFalse();
	}

	private MockHttpServletResponse grant(long id, String as) throws Exception {
		return mvc.perform(post("/admin/accounts/" + id + "/permissions/grant").with(csrf()).with(user(principal(as)))
			.param("permission", CATEGORY.name())).andReturn().getResponse();
	}

	private String me(AccountPrincipal principal) throws Exception {
		return mvc.perform(get("/api/v1/me").with(user(principal))).andReturn().getResponse().getContentAsString();
	}

	/** What login puts into the session. */
	private AccountPrincipal loginOf(long id) {
		return (AccountPrincipal) logins.loadUserByUsername(accounts.findOwn(id).orElseThrow().username());
	}

	private AccountPrincipal principal(String username) {
		return new AccountPrincipal(accounts.findByUsername(username).orElseThrow(), Instant.now());
	}

	private List<String> storedPermissions(long id) {
		return List.of(jdbc.sql("SELECT permissions FROM identity.account WHERE id = :id").param("id", id)
			.query((rs, row) -> (String[]) rs.getArray(1).getArray()).single());
	}

	private List<String> audited(String action, long id) {
		return jdbc.sql("SELECT actor || ' ' || (details ->> 'permission') FROM audit.entry WHERE action = :action AND target_type = 'account' AND target_id = :id ORDER BY seq")
			.param("action", action)
			.param("id", Long.toString(id))
			.query(String.class)
			.list();
	}

	private long newAccount(Role role, RegionCode territory, Long enterprise) {
		String username = "perm-" + role.name().toLowerCase().replace('_', '-') + "-" + SEQUENCE.incrementAndGet() + "-"
				+ System.nanoTime() % 100000;
		return management.createWithPassword(DemoAccountsSupport.ADMIN,
				new NewAccount(username, "专项权限测试", role, territory, enterprise), DemoCast.PASSWORD).id();
	}
}
