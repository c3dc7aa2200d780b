package cn.jiazheng.credit.security;

import java.util.Locale;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.AccountManagement;
import cn.jiazheng.credit.identity.internal.DemoAccountsSupport;
import cn.jiazheng.credit.identity.internal.NewAccount;
import cn.jiazheng.credit.platform.InvalidValueException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * MLPS 2.0 level 3, 身份鉴别 a (GB/T 22239-2019 8.1.4.1 a): every account has an identity of its own,
 * whatever the letter case, refused by the service and by the database; an account an admin creates
 * starts with a one-time password that its person must replace before doing anything else.
 */
@PlatformTest
class IdentificationTest {

	@Autowired
	AccountManagement management;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aUsernameIsUniqueWhateverItsLetterCase() {
		Actor person = TestAccounts.consumer(management);
		String shouted = person.username().toUpperCase(Locale.ROOT);
		assertThatThrownBy(() -> management.create(DemoAccountsSupport.ADMIN,
				new NewAccount(shouted, "冒名", Role.CONSUMER, null, null)))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> {
				assertThat(ex.field()).isEqualTo("username");
				assertThat(ex.messageKey()).isEqualTo("identity.username.taken");
			});
		assertThatThrownBy(() -> jdbc.sql("""
				INSERT INTO identity.account (username, display_name, password_hash, role)
				VALUES (:u, '冒名', '{noop}x', 'CONSUMER')""").param("u", shouted).update())
			.as("the database refuses a second identity with the same name too")
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void anAccountCreatedByTheAdminStartsWithAOneTimePassword() throws Exception {
		String username = "sec-new" + System.nanoTime() % 1_000_000;
		AccountManagement.Created created = management.create(DemoAccountsSupport.ADMIN,
				new NewAccount(username, "新账号", Role.CONSUMER, null, null));
		MockHttpServletResponse login = TestAccounts.login(mvc, username, created.password());
		assertThat(login.getRedirectedUrl()).as("the first thing asked is a password of its own").isEqualTo("/account/password");
		assertThat(mvc.perform(get("/api/v1/me").cookie(login.getCookie("SESSION"))).andReturn().getResponse().getStatus()).isEqualTo(401);
	}
}
