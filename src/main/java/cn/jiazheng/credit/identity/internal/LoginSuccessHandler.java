package cn.jiazheng.credit.identity.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After the password: on to the step still owed, else to where the person was going. */
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

	private final LoginFlow flow;

	LoginSuccessHandler(LoginFlow flow) {
		this.flow = flow;
		setDefaultTargetUrl("/");
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		String next = flow.started(((AccountPrincipal) authentication.getPrincipal()).actor(), request.getSession());
		if (next != null) {
			getRedirectStrategy().sendRedirect(request, response, next);
			return;
		}
		super.onAuthenticationSuccess(request, response, authentication);
	}
}
