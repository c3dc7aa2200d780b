package cn.jiazheng.credit.platform.internal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What integrators read first at /v3/api-docs: who we are, how to authenticate, how errors look. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	@Bean
	OpenAPI platformApi() {
		return new OpenAPI()
			.info(new Info().title("家政服务业信用信息平台 API")
				.version("v1")
				.description("""
						Household-service credit platform. Integrators authenticate with the header `X-API-Key`
						(issued by the platform admin, scoped and bounded to a territory); people use their
						login session. Errors are RFC 9457 problem details; a 400 lists each bad field under
						`errors` with a message in the caller's language (`?lang=en` for English).""")
				.license(new License().name("Apache-2.0")))
			.components(new Components().addSecuritySchemes("apiKey",
					new SecurityScheme().type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("X-API-Key")))
			.addSecurityItem(new SecurityRequirement().addList("apiKey"));
	}
}
