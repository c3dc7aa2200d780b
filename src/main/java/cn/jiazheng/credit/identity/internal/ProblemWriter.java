package cn.jiazheng.credit.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes refusals that happen in the security filters, before any controller: RFC 9457 JSON for the
 * API, a plain page in the user's language otherwise.
 */
@Component
class ProblemWriter {

	private final MessageSource messages;

	private final LocaleResolver locales;

	ProblemWriter(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	void write(HttpServletRequest request, HttpServletResponse response, int status, String messageKey)
			throws IOException {
		Locale locale = locales.resolveLocale(request);
		String detail = messages.getMessage(messageKey, null, messageKey, locale);
		String title = messages.getMessage(status == 401 ? "problem.unauthenticated" : "problem.forbidden", null, locale);
		response.setStatus(status);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType("application/problem+json");
			response.getWriter()
				.write("{\"type\":\"urn:jiazheng:problem:" + (status == 401 ? "unauthenticated" : "forbidden")
						+ "\",\"title\":" + json(title) + ",\"status\":" + status + ",\"detail\":" + json(detail)
						+ ",\"instance\":" + json(request.getRequestURI()) + "}");
		}
		else {
			response.setContentType("text/html");
			response.getWriter()
				.write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"UTF-8\">"
						+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>"
						+ HtmlUtils.htmlEscape(title) + "</title><link rel=\"stylesheet\" href=\""
						+ request.getContextPath() + "/css/platform.css\"></head><body><main><section class=\"card problem\"><h1>"
						+ HtmlUtils.htmlEscape(title) + "</h1><p>" + HtmlUtils.htmlEscape(detail) + "</p><p><a href=\""
						+ request.getContextPath() + "/\">" + HtmlUtils.htmlEscape(messages.getMessage("nav.home", null, locale))
						+ "</a></p></section></main></body></html>");
		}
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}
}
