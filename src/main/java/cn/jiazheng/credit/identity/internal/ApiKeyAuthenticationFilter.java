package cn.jiazheng.credit.identity.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.identity.ApiScope;
import cn.jiazheng.credit.identity.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API call (under {@code /api/}) that carries {@code X-API-Key}. Stateless: the key holds for this request
 * only, no session is made. A wrong or revoked key is refused outright, not treated as anonymous.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	static final String HEADER = "X-API-Key";

	private final ApiKeys keys;

	private final AuditTrail audit;

	private final ProblemWriter problems;

	ApiKeyAuthenticationFilter(ApiKeys keys, AuditTrail audit, ProblemWriter problems) {
		this.keys = keys;
		this.audit = audit;
		this.problems = problems;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getHeader(HEADER) == null
				|| !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<ApiKey> key = keys.authenticate(request.getHeader(HEADER));
		if (key.isEmpty()) {
			audit.record(AuditEvent.failure(AuditActor.ANONYMOUS, "APIKEY_AUTH", "api_key", null)
				.with("path", request.getRequestURI()));
			problems.write(request, response, 401, "identity.apikey.invalid");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new ApiKeyAuthentication(key.get()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	/** An authenticated key; its principal is the integrator's actor. */
	static final class ApiKeyAuthentication extends AbstractAuthenticationToken {

		private final ApiKey key;

		ApiKeyAuthentication(ApiKey key) {
			super(authorities(key));
			this.key = key;
			setAuthenticated(true);
		}

		private static List<GrantedAuthority> authorities(ApiKey key) {
			List<GrantedAuthority> authorities = new ArrayList<>();
			authorities.add(new SimpleGrantedAuthority(Role.INTEGRATOR.authority()));
			key.scopes().stream().map(ApiScope::authority).map(SimpleGrantedAuthority::new).forEach(authorities::add);
			return authorities;
		}

		@Override
		public Object getCredentials() {
			return null;
		}

		@Override
		public Object getPrincipal() {
			return key.actor();
		}

		@Override
		public String getName() {
			return key.actor().username();
		}
	}
}
