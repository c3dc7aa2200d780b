package cn.jiazheng.credit.archive.web;

import java.util.List;
import java.util.Map;

import cn.jiazheng.credit.archive.Worker;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.identity.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 家政服务员 over the API: masked by default; the whole identifiers only on their own, audited, request. */
@RestController
@RequestMapping("/api/v1/workers")
@Tag(name = "workers", description = "家政服务员 Workers")
class WorkerApiController {

	private final Workers workers;

	WorkerApiController(Workers workers) {
		this.workers = workers;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
	@Operation(summary = "登记家政服务员 Register a worker of the caller's enterprise")
	Map<String, Object> register(Actor actor, @RequestBody Registration registration) {
		return Map.of("id", workers.register(actor, registration.name(), registration.residentId(), registration.phone()));
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
	@Operation(summary = "查找家政服务员 By exact ID number or part of the name, within the caller's scope")
	List<Worker> search(Actor actor, @RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return workers.search(actor, q, Math.max(page, 0), Math.min(Math.max(size, 1), 200));
	}

	@GetMapping("/{id}")
	@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
	@Operation(summary = "家政服务员 One worker, identifiers masked")
	Worker get(Actor actor, @PathVariable long id) {
		return workers.get(actor, id);
	}

	@GetMapping("/{id}/identity")
	@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN')")
	@Operation(summary = "完整身份信息 The whole ID number and phone; every look is audited")
	Map<String, Object> reveal(Actor actor, @PathVariable long id) {
		var identity = workers.reveal(actor, id);
		return Map.of("id", identity.workerId(), "name", identity.name(), "residentId", identity.residentId().value(),
				"phone", identity.phone() == null ? "" : identity.phone().value());
	}

	record Registration(String name, String residentId, String phone) {
	}
}
