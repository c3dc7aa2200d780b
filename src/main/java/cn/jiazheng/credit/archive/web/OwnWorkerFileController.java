package cn.jiazheng.credit.archive.web;

import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.audit.AuditQueries;
import cn.jiazheng.credit.identity.Actor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 我的档案: a worker's own file, employer, and who has looked at their sensitive data, and when. */
@Controller
@PreAuthorize("hasRole('WORKER')")
class OwnWorkerFileController {

	private final Workers workers;

	private final EnterpriseFiles enterprises;

	private final AuditQueries audit;

	OwnWorkerFileController(Workers workers, EnterpriseFiles enterprises, AuditQueries audit) {
		this.workers = workers;
		this.enterprises = enterprises;
		this.audit = audit;
	}

	@GetMapping("/me")
	String show(Actor actor, Model model) {
		workers.own(actor).ifPresent(worker -> {
			model.addAttribute("worker", worker);
			model.addAttribute("employer",
					worker.enterpriseId() == null ? null : enterprises.releasedName(worker.enterpriseId()).orElse(null));
			model.addAttribute("views", audit.viewsOf("worker", Long.toString(worker.id()), 100));
		});
		return "archive/own-worker-file";
	}
}
