package cn.jiazheng.credit.security;

import java.time.Instant;
import java.util.List;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.audit.AuditEntryView;
import cn.jiazheng.credit.audit.AuditFilter;
import cn.jiazheng.credit.audit.AuditOutcome;
import cn.jiazheng.credit.audit.AuditQueries;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.internal.AccountManagement;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * MLPS 2.0 level 3, 安全审计 (GB/T 22239-2019 8.1.4.3 a, b): every user's important security events are
 * in the audit trail, each with date and time, user, type of event, outcome and further information
 * (client address, reason). Read back through the audit module's own query API, as an auditor would.
 */
@PlatformTest
class SecurityAuditTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement management;

	@Autowired
	AuditQueries audit;

	@Test
	void aFailedAndASuccessfulLoginAreRecordedWithTimeUserTypeOutcomeAndAddress() throws Exception {
		Actor person = TestAccounts.consumer(management);
		Instant start = Instant.now().minusSeconds(1);
		TestAccounts.login(mvc, person.username(), "Wrong#Password1");
		TestAccounts.session(mvc, person.username());
		Instant end = Instant.now().plusSeconds(1);

		List<AuditEntryView> logins = entries(person, "LOGIN", start);
		assertThat(logins).extracting(AuditEntryView::outcome).containsExactly(AuditOutcome.SUCCESS, AuditOutcome.FAILURE);
		AuditEntryView success = logins.get(0);
		AuditEntryView failure = logins.get(1);
		for (AuditEntryView entry : logins) {
			assertThat(entry.action()).isEqualTo("LOGIN");
			assertThat(entry.actor()).isEqualTo(person.username());
			assertThat(entry.occurredAt()).isBetween(start, end);
			assertThat(entry.clientAddress()).as("where the attempt came from").isEqualTo("127.0.0.1");
		}
		assertThat(failure.occurredAt()).isBeforeOrEqualTo(success.occurredAt());
		assertThat(failure.details()).containsEntry("reason", "BadCredentialsException").containsEntry("failures", "1");
		assertThat(success.role()).isEqualTo("CONSUMER");
		assertThat(success.targetType()).isEqualTo("account");
		assertThat(success.targetId()).isEqualTo(Long.toString(person.accountId()));
	}

	@Test
	void aLockOutARefusalAndALogoutAreSecurityEventsOfTheirOwn() throws Exception {
		Actor person = TestAccounts.consumer(management);
		Instant start = Instant.now().minusSeconds(1);
		Cookie session = TestAccounts.session(mvc, person.username());

		assertThat(mvc.perform(get("/admin/audit").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(403);
		List<AuditEntryView> refusals = entries(person, "ACCESS_DENIED", start);
		assertThat(refusals).singleElement().satisfies(refusal -> {
			assertThat(refusal.outcome()).isEqualTo(AuditOutcome.FAILURE);
			assertThat(refusal.role()).isEqualTo("CONSUMER");
			assertThat(refusal.targetType()).isEqualTo("path");
			assertThat(refusal.targetId()).isEqualTo("GET /admin/audit");
		});

		mvc.perform(post("/logout").with(csrf()).cookie(session));
		assertThat(entries(person, "LOGOUT", start)).singleElement().satisfies(logout -> {
			assertThat(logout.outcome()).isEqualTo(AuditOutcome.SUCCESS);
			assertThat(logout.targetId()).isEqualTo(Long.toString(person.accountId()));
		});

		for (int i = 0; i < 5; i++) {
			TestAccounts.login(mvc, person.username(), "Wrong#Password1");
		}
		List<AuditEntryView> lockouts = audit.search(new AuditFilter("system", "ACCOUNT_LOCKOUT", null, start, null), 0, 50)
			.entries()
			.stream()
			.filter(entry -> person.username().equals(entry.targetId()))
			.toList();
		assertThat(lockouts).singleElement().satisfies(lockout -> assertThat(lockout.details()).containsEntry("minutes", "15"));
	}

	private List<AuditEntryView> entries(Actor person, String action, Instant from) {
		return audit.search(new AuditFilter(person.username(), action, null, from, null), 0, 50)
			.entries()
			.stream()
			.filter(entry -> entry.action().equals(action))
			.toList();
	}
}
