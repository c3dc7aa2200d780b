package cn.jiazheng.credit.archive.web;

import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.identity.Actor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 我的提交: an enterprise follows its own file and its workers' files through review. */
@Controller
@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
class SubmissionsController {

	private final EnterpriseFiles files;

	SubmissionsController(EnterpriseFiles files) {
		this.files = files;
	}

	@GetMapping("/enterprise/submissions")
	String list(Actor actor, Model model) {
		model.addAttribute("submissions", files.submissions(actor, 500));
		return "archive/submissions";
	}
}
