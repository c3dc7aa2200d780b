package cn.jiazheng.credit.identity.internal;

import java.time.Clock;
import java.util.List;

import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may reach what, at the door. Pages: form login with a database-backed session. API: the same
 * session (with CSRF) or an integrator's key (stateless, no CSRF). Finer rules sit on each controller
 * method ({@code @PreAuthorize}) and territory rules in every query ({@code Scope}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration implements WebMvcConfigurer {

	static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
			+ "script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityFilterChain web(HttpSecurity http, ApiKeys apiKeys, LoginFlow loginFlow, AuditTrail audit,
			ProblemWriter problems, SecurityProperties properties, Clock clock) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/css/**", "/js/**", "/images/**", "/favicon.ico", "/login", "/error",
					"/actuator/health", "/actuator/health/**", "/public/**", "/api/v1/public/**")
			.permitAll()
			.requestMatchers("/admin/**", "/actuator/**")
			.hasRole("PLATFORM_ADMIN")
			.requestMatchers("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**")
			.hasAnyRole("PLATFORM_ADMIN", "REGULATOR", "INTEGRATOR")
			.anyRequest()
			.authenticated());
		http.formLogin(form -> form.loginPage("/login")
			.successHandler(new LoginSuccessHandler(loginFlow))
			.failureHandler(failureHandler())
			.permitAll());
		http.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		http.csrf(csrf -> csrf.ignoringRequestMatchers(
				request -> request.getHeader(ApiKeyAuthenticationFilter.HEADER) != null));
		http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
			.frameOptions(frame -> frame.deny()));
		http.exceptionHandling(errors -> errors
			.defaultAuthenticationEntryPointFor((request, response, ex) -> problems.write(request, response, 401,
					"problem.login-required"), request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/"))
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
			.accessDeniedHandler(accessDenied(audit, problems)));
		http.addFilterBefore(new ApiKeyAuthenticationFilter(apiKeys, audit, problems), BasicAuthenticationFilter.class);
		http.addFilterBefore(new LoginStepFilter(properties, clock), AuthorizationFilter.class);
		return http.build();
	}

	/** Every refusal is audited: who, what path, and why. */
	private static AccessDeniedHandler accessDenied(AuditTrail audit, ProblemWriter problems) {
		return (request, response, ex) -> {
			Authentication who = SecurityContextHolder.getContext().getAuthentication();
			AuditActor actor = who == null ? AuditActor.ANONYMOUS : auditActor(who);
			audit.record(AuditEvent.failure(actor, "ACCESS_DENIED", "path", request.getMethod() + " " + request.getRequestURI()));
			String key = ex.getMessage() != null && ex.getMessage().startsWith("scope.") ? ex.getMessage() : "problem.forbidden.detail";
			problems.write(request, response, 403, key);
		};
	}

	private static AuditActor auditActor(Authentication who) {
		try {
			return ActorArgumentResolver.actorOf(who);
		}
		catch (RuntimeException ex) {
			return AuditActor.simple(who.getName(), "UNKNOWN", null);
		}
	}

	private static AuthenticationFailureHandler failureHandler() {
		return (request, response, ex) -> {
			String reason = ex instanceof LockedException ? "locked" : ex instanceof DisabledException ? "disabled" : "bad";
			response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
		};
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ActorArgumentResolver());
	}
}
