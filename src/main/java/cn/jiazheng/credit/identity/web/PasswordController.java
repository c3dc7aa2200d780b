package cn.jiazheng.credit.identity.web;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.internal.AccountManagement;
import cn.jiazheng.credit.identity.internal.LoginFlow;
import cn.jiazheng.credit.platform.InvalidValueException;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 修改密码: anyone logged in changes their own password; also the forced step after a reset. */
@Controller
class PasswordController {

	private final AccountManagement management;

	private final LoginFlow flow;

	PasswordController(AccountManagement management, LoginFlow flow) {
		this.management = management;
		this.flow = flow;
	}

	@GetMapping("/account/password")
	String form() {
		return "identity/password";
	}

	@PostMapping("/account/password")
	String change(Actor actor, @RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, @RequestParam(defaultValue = "") String repeatPassword,
			HttpSession session, Model model, RedirectAttributes redirect) {
		try {
			if (!newPassword.equals(repeatPassword)) {
				throw new InvalidValueException("repeatPassword", "identity.password.mismatch");
			}
			management.changeOwnPassword(actor, currentPassword, newPassword);
		}
		catch (InvalidValueException ex) {
			model.addAttribute("formError", ex);
			return "identity/password";
		}
		String next = flow.passwordChanged(actor, session);
		redirect.addFlashAttribute("done", "identity.password.changed");
		return "redirect:" + (next == null ? "/" : next);
	}
}
