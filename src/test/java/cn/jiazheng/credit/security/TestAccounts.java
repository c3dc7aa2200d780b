package cn.jiazheng.credit.security;

import java.util.concurrent.atomic.AtomicInteger;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.AccountManagement;
import cn.jiazheng.credit.identity.internal.DemoAccountsSupport;
import cn.jiazheng.credit.identity.internal.NewAccount;
import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Fresh accounts of roles without a second factor, created the way an admin creates them (one-time
 * password) and then given a password of their own, so that no test depends on a demo account's
 * state or changes it.
 */
final class TestAccounts {

	static final String PASSWORD = "Sicher#2026x";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private TestAccounts() {
	}

	/** A new consumer account with {@link #PASSWORD}; returns its actor. */
	static Actor consumer(AccountManagement management) {
		String username = "sec" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 1_000_000;
		AccountManagement.Created created = management.create(DemoAccountsSupport.ADMIN,
				new NewAccount(username, "安全测试", Role.CONSUMER, null, null));
		Actor self = new Actor(created.id(), username, "安全测试", Role.CONSUMER, null, null);
		management.changeOwnPassword(self, created.password(), PASSWORD);
		return self;
	}

	static MockHttpServletResponse login(MockMvc mvc, String username, String password) throws Exception {
		return login(mvc, post("/login"), username, password);
	}

	static MockHttpServletResponse login(MockMvc mvc, MockHttpServletRequestBuilder request, String username,
			String password) throws Exception {
		return mvc.perform(request.with(csrf()).param("username", username).param("password", password))
			.andReturn()
			.getResponse();
	}

	static Cookie session(MockMvc mvc, String username) throws Exception {
		MockHttpServletResponse login = login(mvc, username, PASSWORD);
		if (!"/".equals(login.getRedirectedUrl()) || login.getCookie("SESSION") == null) {
			throw new IllegalStateException("login of " + username + " went to " + login.getRedirectedUrl());
		}
		return login.getCookie("SESSION");
	}
}
