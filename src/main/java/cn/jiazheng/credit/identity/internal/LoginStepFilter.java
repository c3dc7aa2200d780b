package cn.jiazheng.credit.identity.internal;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a fresh login to the step it still owes (second factor, new password): until then every
 * other page redirects there and every API call is refused. Also ends a login that has lasted longer
 * than the absolute timeout, however active it was.
 */
class LoginStepFilter extends OncePerRequestFilter {

	private final SecurityProperties properties;

	private final Clock clock;

	LoginStepFilter(SecurityProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session == null) {
			chain.doFilter(request, response);
			return;
		}
		Object loginAt = session.getAttribute(LoginSteps.LOGIN_AT);
		if (loginAt instanceof Long at && clock.millis() - at > properties.absoluteTimeout().toMillis()) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			refuse(request, response, "/login?expired");
			return;
		}
		Object pending = session.getAttribute(LoginSteps.PENDING);
		if (pending instanceof String step && !allowedDuring(request, LoginSteps.Pending.valueOf(step))) {
			refuse(request, response, LoginSteps.Pending.valueOf(step).path);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean allowedDuring(HttpServletRequest request, LoginSteps.Pending step) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals(step.path) || path.equals("/logout") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/images/") || path.equals("/favicon.ico") || path.equals("/error");
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, String target)
			throws IOException {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.sendError(HttpStatus.UNAUTHORIZED.value());
		}
		else {
			response.sendRedirect(request.getContextPath() + target);
		}
	}
}
