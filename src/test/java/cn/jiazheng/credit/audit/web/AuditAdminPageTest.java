package cn.jiazheng.credit.audit.web;

import java.util.UUID;

import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditQueries;
import cn.jiazheng.credit.audit.AuditTrail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The page as an administrator sees it. GET requests carry {@code csrf()} too: it keeps the CSRF token of
 * the verify form out of the HTTP session, whose table belongs to the identity module.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuditAdminPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private String recordTwo() {
		String action = "audit.test.page-" + UUID.randomUUID();
		trail.record(AuditEvent.success(AuditActor.simple("page-admin", "PLATFORM_ADMIN", null), action, "region", "older"));
		trail.record(AuditEvent.failure(AuditActor.simple("page-admin", "PLATFORM_ADMIN", null), action, "region", "newer")
			.with("reason", "duplicate"));
		return action;
	}

	@Test
	@WithMockUser(roles = "PLATFORM_ADMIN")
	void listsEntriesNewestFirstForAnAdministrator() throws Exception {
		String action = recordTwo();

		String html = mvc.perform(get("/admin/audit").param("action", action).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("审计日志")))
			.andExpect(content().string(containsString("核验审计链")))
			.andExpect(content().string(containsString("table-wrap")))
			.andExpect(content().string(containsString("第 1 / 1 页，共 2 条")))
			.andExpect(content().string(containsString("reason=duplicate")))
			.andExpect(content().string(containsString("失败")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.indexOf("region newer")).isPositive().isLessThan(html.indexOf("region older"));

		mvc.perform(get("/admin/audit").param("action", action).param("outcome", "SUCCESS").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("region older")))
			.andExpect(content().string(not(containsString("region newer"))));
		mvc.perform(get("/admin/audit").param("action", action).param("actor", "someone-else").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("没有符合条件的审计条目")));
		mvc.perform(get("/admin/audit").param("action", action).param("from", "2999-01-01").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 0 条")));
	}

	@Test
	@WithMockUser(roles = "PLATFORM_ADMIN")
	void aBadFilterValueIsNamedWithItsRule() throws Exception {
		mvc.perform(get("/admin/audit").param("from", "31.01.2025").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("起始日期“31.01.2025”无效：应为“年-月-日”格式的日期")));
		mvc.perform(get("/admin/audit").param("from", "2025-02-01").param("to", "2025-01-01").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("起始日期 2025-02-01 晚于截止日期 2025-01-01")));
	}

	@Test
	@WithMockUser(roles = "PLATFORM_ADMIN")
	void everyTextComesFromTheBundlesInBothLanguages() throws Exception {
		String action = recordTwo();
		String english = mvc.perform(post("/admin/audit/verify").param("action", action).param("lang", "en").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chain intact, ")))
			.andExpect(content().string(containsString("Page 1 of 1, 2 entries")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// Thymeleaf shows a missing message key as ??key_locale??.
		assertThat(english).doesNotContain("??");
	}

	@Test
	@WithMockUser(roles = "REGULATOR")
	void isForbiddenToOtherRoles() throws Exception {
		mvc.perform(get("/admin/audit").with(csrf())).andExpect(status().isForbidden());
		mvc.perform(post("/admin/audit/verify").with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser(roles = "PLATFORM_ADMIN")
	void theVerifyButtonShowsTheIntactChain() throws Exception {
		recordTwo();
		long entries = queries.verify().entriesChecked();

		mvc.perform(post("/admin/audit/verify").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("链完整，已核验 " + entries + " 条")));
	}

	@Test
	@WithMockUser(roles = "PLATFORM_ADMIN")
	void aTamperedEntryIsNamedOnThePageAndByTheActuator() throws Exception {
		String action = recordTwo();
		long newest = jdbc.sql("SELECT max(seq) FROM audit.entry WHERE action = :action")
			.param("action", action)
			.query(Long.class)
			.single();

		// Rolled back, so the row and the triggers are restored by the database for the other tests.
		transactions.executeWithoutResult(status -> {
			status.setRollbackOnly();
			jdbc.sql("ALTER TABLE audit.entry DISABLE TRIGGER ALL").update();
			jdbc.sql("UPDATE audit.entry SET actor = 'mallory' WHERE seq = :seq").param("seq", newest).update();
			try {
				mvc.perform(post("/admin/audit/verify").with(csrf()))
					.andExpect(status().isOk())
					.andExpect(content().string(containsString(
							"第 " + newest + " 条起链断裂：第 " + newest + " 条的内容与其哈希不符，条目已被修改")));
				mvc.perform(get("/actuator/auditchain"))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.intact").value(false))
					.andExpect(jsonPath("$.firstBrokenSequence").value(newest))
					.andExpect(jsonPath("$.reason").value("ALTERED"));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
			finally {
				jdbc.sql("ALTER TABLE audit.entry ENABLE TRIGGER ALL").update();
			}
		});

		assertThat(queries.verify().intact()).isTrue();
	}

	@Test
	@WithMockUser(roles = "PLATFORM_ADMIN")
	void theActuatorEndpointReportsTheChainAsJson() throws Exception {
		recordTwo();
		long entries = queries.verify().entriesChecked();

		mvc.perform(get("/actuator/auditchain"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.entriesChecked").value(entries))
			.andExpect(jsonPath("$.firstBrokenSequence").doesNotExist());
	}
}
