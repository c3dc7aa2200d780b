package cn.jiazheng.credit.platform.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns the platform's exceptions into answers a person can act on: RFC 9457 problem details
 * naming each bad field on the API, an error page in the user's language everywhere else.
 */
@ControllerAdvice
class ProblemHandler {

	private final MessageSource messages;

	ProblemHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(InvalidValueException.class)
	Object invalid(InvalidValueException ex, HttpServletRequest request) {
		String text = text(ex.messageKey(), ex.arguments());
		List<Map<String, String>> errors = List.of(Map.of("field", ex.field(), "message", text));
		return answer(request, HttpStatus.BAD_REQUEST, "problem.invalid", text, errors);
	}

	@ExceptionHandler(BindException.class)
	Object binding(BindException ex, HttpServletRequest request) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getFieldErrors()) {
			errors.add(Map.of("field", error.getField(), "message", messages.getMessage(error, locale)));
		}
		String detail = errors.isEmpty() ? text("problem.invalid") : errors.get(0).get("message");
		return answer(request, HttpStatus.BAD_REQUEST, "problem.invalid", detail, errors);
	}

	@ExceptionHandler(NotFoundException.class)
	Object notFound(NotFoundException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.NOT_FOUND, "problem.not-found", text(ex.messageKey(), ex.arguments()),
				List.of());
	}

	@ExceptionHandler(ConflictException.class)
	Object conflict(ConflictException ex, HttpServletRequest request) {
		return answer(request, HttpStatus.CONFLICT, "problem.conflict", text(ex.messageKey(), ex.arguments()),
				List.of());
	}

	Object answer(HttpServletRequest request, HttpStatus status, String titleKey, String detail,
			List<Map<String, String>> errors) {
		String title = text(titleKey);
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
			problem.setTitle(title);
			problem.setType(URI.create("urn:jiazheng:problem:" + titleKey.substring("problem.".length())));
			problem.setInstance(URI.create(request.getRequestURI()));
			if (!errors.isEmpty()) {
				problem.setProperty("errors", errors);
			}
			return ResponseEntity.status(status).body(problem);
		}
		ModelAndView page = new ModelAndView("error/problem");
		page.setStatus(status);
		page.addObject("title", title);
		page.addObject("detail", detail);
		page.addObject("errors", errors);
		return page;
	}

	String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}
}
