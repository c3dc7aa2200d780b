package cn.jiazheng.credit.disclosure.web;

import java.util.Locale;

import cn.jiazheng.credit.disclosure.PublicProfile;
import cn.jiazheng.credit.disclosure.PublicProfiles;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 信用公示查询: anyone, without an account, looks up an enterprise by its 统一社会信用代码. The page keeps the
 * search form above every answer, also a bad or unknown code (400 or 404 with the reason), so a person
 * on a phone can correct the code where they typed it.
 */
@Controller
@Tag(name = "public", description = "公示 Public credit profiles, no account needed")
class PublicEnterpriseController {

	private final PublicProfiles profiles;

	private final MessageSource messages;

	PublicEnterpriseController(PublicProfiles profiles, MessageSource messages) {
		this.profiles = profiles;
		this.messages = messages;
	}

	@GetMapping("/public/enterprises")
	String search(@RequestParam(required = false) String code, Locale locale, Model model, HttpServletResponse response) {
		if (code == null || code.isBlank()) {
			model.addAttribute("code", "");
			return "disclosure/lookup";
		}
		return show(code, locale, model, response);
	}

	@GetMapping("/public/enterprises/{creditCode}")
	String page(@PathVariable String creditCode, Locale locale, Model model, HttpServletResponse response) {
		return show(creditCode, locale, model, response);
	}

	private String show(String code, Locale locale, Model model, HttpServletResponse response) {
		model.addAttribute("code", code.strip());
		try {
			model.addAttribute("profile", profiles.lookup(code, locale));
		}
		catch (InvalidValueException ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("field", ex.field());
			model.addAttribute("problem", messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		catch (NotFoundException ex) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("problem", messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		}
		return "disclosure/lookup";
	}

	@Operation(summary = "公示 An enterprise's public credit profile by 统一社会信用代码, no account needed",
			description = "Name, county, whether the file is released, the current final grade (终评) per enterprise model in force "
					+ "with its label, risk note and the day it became final, and the records in publicity (type, decision date, "
					+ "source organisation, document number, last day of publicity). 400 names the rule a bad code breaks; "
					+ "404 when no enterprise has the code.")
	@GetMapping("/api/v1/public/enterprises/{creditCode}")
	@ResponseBody
	PublicProfile api(@PathVariable String creditCode, Locale locale) {
		return profiles.lookup(creditCode, locale);
	}
}
