package cn.jiazheng.credit.archive.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import cn.jiazheng.credit.archive.BackgroundCheck;
import cn.jiazheng.credit.archive.BackgroundCheckView;
import cn.jiazheng.credit.archive.BackgroundChecks;
import cn.jiazheng.credit.archive.BackgroundResult;
import cn.jiazheng.credit.archive.Worker;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.crypto.FieldCipher;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Permission;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Background checks sealed whole (SM4-GCM, bound to the worker); only the date until which a clear
 * result holds is kept in the clear, on the worker, for ratings. Who reads what of a check is decided
 * here and nowhere else.
 */
@Service
@Transactional
class BackgroundCheckRegistry implements BackgroundChecks {

	private final BackgroundCheckRepository checks;

	private final WorkerRepository workers;

	private final FieldCipher cipher;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Clock clock;

	BackgroundCheckRegistry(BackgroundCheckRepository checks, WorkerRepository workers, FieldCipher cipher, AuditTrail audit,
			JsonMapper json, Clock clock) {
		this.checks = checks;
		this.workers = workers;
		this.cipher = cipher;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	@Override
	public long record(Actor regulator, long workerId, BackgroundCheck check) {
		if (regulator.role() != Role.REGULATOR && regulator.role() != Role.PLATFORM_ADMIN) {
			throw new AccessDeniedException("archive.background.record-denied");
		}
		workers.find(regulator.scope(), workerId).orElseThrow(() -> new NotFoundException("archive.worker.not-found", workerId));
		check.requireComplete(today());
		BackgroundCheck stored = new BackgroundCheck(check.checkedOn(), check.authority().strip(), check.result(),
				check.result() == BackgroundResult.NOT_CLEAR ? check.category().strip() : null, check.validUntil());
		long id = checks.insert(workerId, stored.checkedOn(), stored.validUntil(),
				cipher.encryptText(json.writeValueAsString(stored), context(workerId)), regulator.username());
		BackgroundCheck latest = open(checks.latestSealed(workerId).orElseThrow(), workerId);
		workers.backgroundClearUntil(workerId, latest.result() == BackgroundResult.CLEAR ? latest.validUntil() : null);
		audit.record(AuditEvent.success(regulator, "BACKGROUND_CHECK_RECORD", "worker", workerId).with("check", id));
		return id;
	}

	/** Views of the details are audited: the regulator's whole view, and the category above all. */
	@Override
	@Transactional(readOnly = false)
	public Optional<BackgroundCheckView> latest(Actor reader, long workerId) {
		Worker worker = reachable(reader, workerId);
		if (worker == null) {
			return Optional.empty();
		}
		return checks.latestSealed(workerId).map(sealed -> open(sealed, workerId)).map(check -> {
			boolean lapsed = today().isAfter(check.validUntil());
			return switch (reader.role()) {
				case REGULATOR, PLATFORM_ADMIN -> {
					boolean category = check.category() != null && reader.has(Permission.VIEW_BACKGROUND_CATEGORY);
					audit.record(AuditEvent.success(reader, "SENSITIVE_VIEW", "worker", workerId)
						.with("fields", category ? "backgroundCheck,backgroundCheck.category" : "backgroundCheck"));
					yield new BackgroundCheckView(check.result(), lapsed, check.checkedOn(), check.authority(), check.validUntil(),
							category ? check.category() : null, check.category() != null && !category);
				}
				default -> new BackgroundCheckView(check.result(), lapsed, null, null, null, null, false);
			};
		});
	}

	/** Regulators and the platform admin within scope, the keeping enterprise, and the worker themself; no one else. */
	private Worker reachable(Actor reader, long workerId) {
		return switch (reader.role()) {
			case WORKER -> workers.byAccount(reader.accountId()).filter(own -> own.id() == workerId).orElse(null);
			case PLATFORM_ADMIN, REGULATOR, ENTERPRISE_ADMIN, ENTERPRISE_STAFF -> workers.find(reader.scope(), workerId).orElse(null);
			default -> null;
		};
	}

	private BackgroundCheck open(String sealed, long workerId) {
		return json.readValue(cipher.decryptText(sealed, context(workerId)), BackgroundCheck.class);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(RevisionWorkflow.CHINA));
	}

	private static String context(long workerId) {
		return "archive.background_check:" + workerId;
	}
}
