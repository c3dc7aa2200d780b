package cn.jiazheng.credit.archive.web;

import java.util.List;
import java.util.Map;

import cn.jiazheng.credit.archive.BackgroundCheck;
import cn.jiazheng.credit.archive.BackgroundCheckView;
import cn.jiazheng.credit.archive.BackgroundChecks;
import cn.jiazheng.credit.archive.Revision;
import cn.jiazheng.credit.archive.WorkerFile;
import cn.jiazheng.credit.archive.WorkerFiles;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.identity.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 一人一档 over the API: revisions masked, one revision whole (audited), the enterprise's draft and
 * submission, review, and background checks as the caller may see them.
 */
@RestController
@RequestMapping("/api/v1/workers/{id}")
@Tag(name = "worker files", description = "家政服务员信用档案 Worker credit files")
class WorkerFileApiController {

	static final String READERS = "hasAnyRole('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN','ENTERPRISE_STAFF')";

	static final String REVIEWERS = "hasAnyRole('PLATFORM_ADMIN','REGULATOR')";

	static final String ENTERPRISE = "hasAnyRole('ENTERPRISE_ADMIN','ENTERPRISE_STAFF')";

	private final WorkerFiles files;

	private final Workers workers;

	private final BackgroundChecks checks;

	WorkerFileApiController(WorkerFiles files, Workers workers, BackgroundChecks checks) {
		this.files = files;
		this.workers = workers;
		this.checks = checks;
	}

	@GetMapping("/revisions")
	@PreAuthorize(READERS)
	@Operation(summary = "档案修订 Every revision of the worker's file, newest first, masked")
	List<Revision<WorkerFile>> revisions(Actor actor, @PathVariable long id) {
		return files.history(actor, id);
	}

	@GetMapping("/revisions/{number}")
	@PreAuthorize(READERS)
	@Operation(summary = "完整档案 One revision whole (address, health details); every look is audited")
	Revision<WorkerFile> revision(Actor actor, @PathVariable long id, @PathVariable int number) {
		return files.open(actor, id, number);
	}

	@PutMapping("/draft")
	@PreAuthorize(ENTERPRISE)
	@Operation(summary = "保存草稿 The keeping enterprise saves the file (a new revision once released)")
	Map<String, Object> saveDraft(Actor actor, @PathVariable long id, @RequestBody WorkerFile file) {
		return Map.of("revision", files.saveDraft(actor, id, file));
	}

	@PostMapping("/submission")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
	@Operation(summary = "提交审核 Submit the draft; needs a complete file and the worker's sharing consent (else 409)")
	void submit(Actor actor, @PathVariable long id) {
		files.submit(actor, id);
	}

	@GetMapping("/revisions/{number}/differences")
	@PreAuthorize(REVIEWERS)
	@Operation(summary = "修订差异 Field by field against the released revision, whole; audited")
	Map<String, List<String>> differences(Actor actor, @PathVariable long id, @PathVariable int number) {
		return files.differences(actor, id, number);
	}

	@PostMapping("/revisions/{number}/approval")
	@PreAuthorize(REVIEWERS)
	@Operation(summary = "审核通过 Approve a submitted revision")
	Map<String, Object> approve(Actor actor, @PathVariable long id, @PathVariable int number) {
		return Map.of("state", files.approve(actor, id, number));
	}

	@PostMapping("/revisions/{number}/return")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@PreAuthorize(REVIEWERS)
	@Operation(summary = "退回 Return a submitted revision with a reason the enterprise sees")
	void returnToEnterprise(Actor actor, @PathVariable long id, @PathVariable int number, @RequestBody Decision decision) {
		files.returnToEnterprise(actor, id, number, decision.reason());
	}

	@PostMapping("/background-checks")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(REVIEWERS)
	@Operation(summary = "录入犯罪背景核查 Record a result as the public-security authority reported it; it cannot be changed")
	Map<String, Object> recordBackground(Actor actor, @PathVariable long id, @RequestBody BackgroundCheck check) {
		return Map.of("id", checks.record(actor, id, check));
	}

	/** 204 when none is recorded; an enterprise gets the result alone, a regulator the details, the category only with the permission. */
	@GetMapping("/background-checks/latest")
	@PreAuthorize(READERS)
	@Operation(summary = "最新犯罪背景核查 The latest result as the caller may see it; 204 when none is recorded")
	ResponseEntity<BackgroundCheckView> latestBackground(Actor actor, @PathVariable long id) {
		workers.get(actor, id);
		return checks.latest(actor, id).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
	}

	record Decision(String reason) {
	}
}
