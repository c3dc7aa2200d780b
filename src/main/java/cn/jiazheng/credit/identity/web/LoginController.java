package cn.jiazheng.credit.identity.web;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.internal.LoginFlow;
import cn.jiazheng.credit.identity.internal.SecondFactor;
import cn.jiazheng.credit.platform.InvalidValueException;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 登录: the login page and the second-factor steps that may follow it. */
@Controller
class LoginController {

	private static final String ENROL_SECRET = "identity.enrolSecret";

	private final SecondFactor secondFactor;

	private final LoginFlow flow;

	LoginController(SecondFactor secondFactor, LoginFlow flow) {
		this.secondFactor = secondFactor;
		this.flow = flow;
	}

	@GetMapping("/login")
	String login() {
		return "identity/login";
	}

	@GetMapping("/login/totp")
	String totp() {
		return "identity/totp";
	}

	@PostMapping("/login/totp")
	String verifyTotp(Actor actor, @RequestParam(defaultValue = "") String code, HttpSession session, Model model) {
		try {
			secondFactor.verify(actor, code);
		}
		catch (InvalidValueException ex) {
			model.addAttribute("error", ex.messageKey());
			return "identity/totp";
		}
		flow.secondFactorDone(session);
		return "redirect:/";
	}

	@GetMapping("/login/totp/enrol")
	String enrol(Actor actor, HttpSession session, Model model) {
		String secret = (String) session.getAttribute(ENROL_SECRET);
		if (secret == null) {
			secret = secondFactor.newSecret();
			session.setAttribute(ENROL_SECRET, secret);
		}
		model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
		model.addAttribute("uri", secondFactor.otpauthUri(actor, secret));
		return "identity/totp-enrol";
	}

	@PostMapping("/login/totp/enrol")
	String confirmEnrol(Actor actor, @RequestParam(defaultValue = "") String code, HttpSession session, Model model) {
		String secret = (String) session.getAttribute(ENROL_SECRET);
		try {
			secondFactor.enrol(actor, secret, code);
		}
		catch (InvalidValueException ex) {
			model.addAttribute("error", ex.messageKey());
			return enrol(actor, session, model);
		}
		session.removeAttribute(ENROL_SECRET);
		flow.secondFactorDone(session);
		return "redirect:/";
	}
}
