package cn.jiazheng.credit.consent.web;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jiazheng.credit.consent.AuthorisationLetter;
import cn.jiazheng.credit.consent.ConsentChange;
import cn.jiazheng.credit.consent.ConsentScope;
import cn.jiazheng.credit.consent.Consents;
import cn.jiazheng.credit.identity.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Authorisation letters and the consent they state, over the API. */
@RestController
@Tag(name = "consents", description = "授权 Workers' authorisation letters")
class ConsentApiController {

	private final Consents consents;

	ConsentApiController(Consents consents) {
		this.consents = consents;
	}

	@PostMapping("/api/v1/workers/{id}/authorisation-letters")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
	@Operation(summary = "上传授权书 File a signed authorisation letter (PDF, JPEG or PNG) for a worker of the caller's enterprise")
	Map<String, Object> file(Actor actor, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) List<ConsentScope> scopes) throws IOException {
		return Map.of("id", consents.fileLetter(actor, id, file == null ? null : file.getBytes(),
				scopes == null || scopes.isEmpty() ? EnumSet.noneOf(ConsentScope.class) : EnumSet.copyOf(scopes)));
	}

	@PostMapping("/api/v1/employments/{id}/authorisation-letters")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('ENTERPRISE_ADMIN')")
	@Operation(summary = "以授权书确认绑定 File the signed letter of a worker without an account on the caller's pending "
			+ "proposal; the letter confirms it and the worker's file moves to the caller's enterprise (409 when the worker "
			+ "has an account and must confirm themself)")
	Map<String, Object> fileForProposal(Actor actor, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) List<ConsentScope> scopes) throws IOException {
		return Map.of("id", consents.fileLetterForProposal(actor, id, file == null ? null : file.getBytes(),
				scopes == null || scopes.isEmpty() ? EnumSet.noneOf(ConsentScope.class) : EnumSet.copyOf(scopes)));
	}

	@GetMapping("/api/v1/workers/{id}/consents")
	@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
	@Operation(summary = "授权状态 The worker's consent in force now, per scope, and every grant and revocation, newest first")
	WorkerConsents consents(Actor actor, @PathVariable long id) {
		return new WorkerConsents(id, consents.inForce(actor, id), consents.history(actor, id));
	}

	@GetMapping("/api/v1/workers/{id}/authorisation-letters")
	@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
	@Operation(summary = "授权书 The worker's letters on file, newest first")
	List<AuthorisationLetter> letters(Actor actor, @PathVariable long id) {
		return consents.letters(actor, id);
	}

	/**
	 * @param inForce the scopes granted now: the newest letter's, overlaid by the worker's later changes
	 * @param history every change, newest first
	 */
	@Schema(description = "授权状态 A worker's consent: what is in force, and how it came to be")
	record WorkerConsents(long workerId, Set<ConsentScope> inForce, List<ConsentChange> history) {
	}
}
