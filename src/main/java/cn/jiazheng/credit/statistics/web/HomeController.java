package cn.jiazheng.credit.statistics.web;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.statistics.internal.Dashboards;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 首页: each role's dashboard. */
@Controller
class HomeController {

	private final Dashboards dashboards;

	HomeController(Dashboards dashboards) {
		this.dashboards = dashboards;
	}

	@GetMapping("/")
	String home(Actor actor, Model model) {
		model.addAttribute("actor", actor);
		model.addAttribute("dashboard", dashboards.forActor(actor));
		return "statistics/home";
	}
}
