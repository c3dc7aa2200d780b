package cn.jiazheng.credit.archive.web;

import java.util.List;
import java.util.Map;

import cn.jiazheng.credit.archive.Enterprise;
import cn.jiazheng.credit.archive.EnterpriseFile;
import cn.jiazheng.credit.archive.EnterpriseFile;
import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.archive.ReviewItem;
import cn.jiazheng.credit.archive.Revision;
import cn.jiazheng.credit.archive.RevisionState;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.region.RegionCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 一企一档 over the API: files, their revisions and their review, within the caller's scope. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "enterprises", description = "企业信用档案 Enterprise credit files")
class EnterpriseApiController {

	static final String READERS = "hasAnyRole('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN','ENTERPRISE_STAFF') or hasAuthority('SCOPE_files:read')";

	private final EnterpriseFiles files;

	EnterpriseApiController(EnterpriseFiles files) {
		this.files = files;
	}

	@GetMapping("/enterprises")
	@PreAuthorize(READERS)
	@Operation(summary = "企业列表 Enterprises within the caller's territory, by state or name/credit code")
	Map<String, Object> list(Actor actor, @RequestParam(required = false) RevisionState state,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		int bounded = Math.min(Math.max(size, 1), 200);
		return Map.of("items", files.list(actor, state, q, Math.max(page, 0), bounded), "total",
				files.count(actor, state, q), "page", Math.max(page, 0), "size", bounded);
	}

	@PostMapping("/enterprises")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR')")
	@Operation(summary = "登记企业 Register an enterprise of the caller's territory; its file starts as a draft")
	Map<String, Object> register(Actor actor, @RequestBody Registration registration) {
		return Map.of("id", files.register(actor, registration.creditCode(), registration.name(), registration.regionCode()));
	}

	@GetMapping("/enterprises/{id}")
	@PreAuthorize(READERS)
	@Operation(summary = "企业档案 One enterprise")
	Enterprise get(Actor actor, @PathVariable long id) {
		return files.get(actor, id);
	}

	@GetMapping("/enterprises/{id}/revisions")
	@PreAuthorize(READERS)
	@Operation(summary = "档案修订 Every revision of the file, newest first")
	List<Revision<EnterpriseFile>> revisions(Actor actor, @PathVariable long id) {
		return files.history(actor, id);
	}

	@GetMapping("/enterprises/{id}/revisions/{number}/differences")
	@PreAuthorize(READERS)
	@Operation(summary = "修订差异 Field-by-field differences against the released revision")
	Map<String, List<String>> differences(Actor actor, @PathVariable long id, @PathVariable int number) {
		return files.differences(actor, id, number);
	}

	@PutMapping("/enterprises/{id}/draft")
	@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
	@Operation(summary = "保存草稿 Save the enterprise's own draft (a new revision once released)")
	Map<String, Object> saveDraft(Actor actor, @PathVariable long id, @RequestBody EnterpriseFile file) {
		return Map.of("revision", files.saveDraft(actor, id, file));
	}

	@PostMapping("/enterprises/{id}/submission")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
	@Operation(summary = "提交审核 Submit the draft for review")
	void submit(Actor actor, @PathVariable long id) {
		files.submit(actor, id);
	}

	@GetMapping("/reviews")
	@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR')")
	@Operation(summary = "待审核 Revisions of enterprise and worker files waiting for review in the caller's territory, oldest first")
	List<ReviewItem> queue(Actor actor, @RequestParam(required = false) FileKind kind, @RequestParam(required = false) String within) {
		return files.reviewQueue(actor, kind, within == null || within.isBlank() ? null : RegionCode.of(within), 200);
	}

	@PostMapping("/enterprises/{id}/revisions/{number}/approval")
	@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR')")
	@Operation(summary = "审核通过 Approve a submitted revision")
	Map<String, Object> approve(Actor actor, @PathVariable long id, @PathVariable int number) {
		return Map.of("state", files.approve(actor, id, number));
	}

	@PostMapping("/enterprises/{id}/revisions/{number}/return")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR')")
	@Operation(summary = "退回 Return a submitted revision with a reason the enterprise sees")
	void returnToEnterprise(Actor actor, @PathVariable long id, @PathVariable int number, @RequestBody Decision decision) {
		files.returnToEnterprise(actor, id, number, decision.reason());
	}

	record Registration(String creditCode, String name, String regionCode) {
	}

	record Decision(String reason) {
	}
}
