package cn.jiazheng.credit.platform.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the container's limit, answered in the user's language like every other refusal. It is
 * ordered first because Spring's own problem-details handler also claims this exception, with an English
 * text that names no limit.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

	private final ProblemHandler problems;

	private final long maxRequestMegabytes;

	UploadLimitHandler(ProblemHandler problems, @Value("${spring.servlet.multipart.max-request-size:12MB}") DataSize maxRequest) {
		this.problems = problems;
		this.maxRequestMegabytes = maxRequest.toMegabytes();
	}

	/** The container refused the upload before any controller saw it, so no form field is known: the answer names the limit. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	Object tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		String detail = problems.text("problem.too-large.detail", maxRequestMegabytes);
		return problems.answer(request, HttpStatus.CONTENT_TOO_LARGE, "problem.too-large", detail,
				List.of(Map.of("field", "file", "message", detail)));
	}
}
