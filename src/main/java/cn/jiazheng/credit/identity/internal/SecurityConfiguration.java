package cn.jiazheng.credit.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Form login for people; every page but the login and public assets needs a logged-in account. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain web(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/css/**", "/js/**", "/images/**", "/favicon.ico", "/login", "/error", "/actuator/health/**")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("PLATFORM_ADMIN")
			.anyRequest()
			.authenticated()).formLogin(form -> form.permitAll());
		return http.build();
	}
}
