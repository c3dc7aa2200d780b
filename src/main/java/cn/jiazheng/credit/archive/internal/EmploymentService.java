package cn.jiazheng.credit.archive.internal;

import java.util.List;
import java.util.Optional;

import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.Employment;
import cn.jiazheng.credit.archive.EmploymentState;
import cn.jiazheng.credit.archive.Employments;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.archive.Worker;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.crypto.BlindIndex;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Proposals, confirmations and ends of employment, each one transaction, audited. */
@Service
@Transactional
class EmploymentService implements Employments {

	private final EmploymentRepository employments;

	private final WorkerRepository workerRows;

	private final Workers workers;

	private final EnterpriseRepository enterprises;

	private final BlindIndex blindIndex;

	private final AuditTrail audit;

	EmploymentService(EmploymentRepository employments, WorkerRepository workerRows, Workers workers,
			EnterpriseRepository enterprises, BlindIndex blindIndex, AuditTrail audit) {
		this.employments = employments;
		this.workerRows = workerRows;
		this.workers = workers;
		this.enterprises = enterprises;
		this.blindIndex = blindIndex;
		this.audit = audit;
	}

	@Override
	public long propose(Actor enterprise, String residentId) {
		if (enterprise.role() != Role.ENTERPRISE_ADMIN) {
			throw new AccessDeniedException("archive.employment.propose-denied");
		}
		ResidentId id = ResidentId.of(residentId);
		Worker worker = workerRows.byIndexAnywhere(blindIndex.index(WorkerRegistry.ID_INDEX, id.value()))
			.orElseThrow(() -> new InvalidValueException("residentId", "archive.employment.no-file", id.masked()));
		if (employments.openBetween(worker.id(), enterprise.enterpriseId())) {
			throw new ConflictException("archive.employment.already", id.masked());
		}
		long employment = employments.insert(worker.id(), enterprise.enterpriseId(), EmploymentState.PROPOSED,
				"ENTERPRISE", enterprise.username());
		audit.record(AuditEvent.success(enterprise, "EMPLOYMENT_PROPOSE", "worker", worker.id()).with("employment", employment));
		return employment;
	}

	@Override
	public long apply(Actor worker, String creditCode) {
		Worker own = workers.own(worker).orElseThrow(() -> new AccessDeniedException("archive.employment.apply-denied"));
		CreditCode code = new CreditCode(creditCode);
		long enterpriseId = enterprises.releasedIdOf(code)
			.orElseThrow(() -> new InvalidValueException("creditCode", "archive.employment.no-enterprise", code.value()));
		if (employments.openBetween(own.id(), enterpriseId)) {
			throw new ConflictException("archive.employment.already-applied");
		}
		long employment = employments.insert(own.id(), enterpriseId, EmploymentState.PROPOSED, "WORKER", worker.username());
		audit.record(AuditEvent.success(worker, "EMPLOYMENT_APPLY", "worker", own.id()).with("employment", employment));
		return employment;
	}

	@Override
	public void accept(Actor enterprise, long employmentId) {
		activate(enterprise, application(enterprise, employmentId), "EMPLOYMENT_ACCEPT");
	}

	@Override
	public void reject(Actor enterprise, long employmentId) {
		Employment employment = application(enterprise, employmentId);
		if (!employments.transition(employmentId, EmploymentState.PROPOSED, EmploymentState.DECLINED, enterprise.username())) {
			throw new ConflictException("archive.employment.not-pending");
		}
		audit.record(AuditEvent.success(enterprise, "EMPLOYMENT_REJECT", "worker", employment.workerId()).with("employment", employmentId));
	}

	/** A worker's application to the acting enterprise admin's enterprise; anything else does not exist for them. */
	private Employment application(Actor enterprise, long employmentId) {
		if (enterprise.role() != Role.ENTERPRISE_ADMIN) {
			throw new AccessDeniedException("archive.employment.propose-denied");
		}
		return employments.find(employmentId)
			.filter(m -> m.appliedByWorker() && m.enterpriseId() == enterprise.enterpriseId())
			.orElseThrow(() -> new NotFoundException("archive.employment.not-found", employmentId));
	}

	@Override
	public void confirm(Actor worker, long employmentId) {
		activate(worker, addressedTo(worker, employmentId), "EMPLOYMENT_CONFIRM");
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Employment> pendingProposal(Actor enterprise, long employmentId) {
		if (enterprise.role() != Role.ENTERPRISE_ADMIN) {
			return Optional.empty();
		}
		return employments.proposalOf(employmentId, enterprise.enterpriseId())
			.filter(m -> m.state() == EmploymentState.PROPOSED);
	}

	@Override
	public void confirmByLetter(Actor enterprise, long employmentId) {
		if (enterprise.role() != Role.ENTERPRISE_ADMIN) {
			throw new AccessDeniedException("archive.employment.propose-denied");
		}
		Employment employment = employments.proposalOf(employmentId, enterprise.enterpriseId())
			.orElseThrow(() -> new NotFoundException("archive.employment.not-found", employmentId));
		if (employment.workerHasAccount()) {
			throw new ConflictException("archive.employment.has-account", employment.workerName());
		}
		activate(enterprise, employment, "EMPLOYMENT_CONFIRM_BY_LETTER");
	}

	/**
	 * The one way a proposal takes effect, whoever confirms: the previous employment ends and the file,
	 * with its history, moves to the new employer's county.
	 */
	private void activate(Actor by, Employment employment, String action) {
		long employmentId = employment.id();
		if (!employments.transition(employmentId, EmploymentState.PROPOSED, EmploymentState.ACTIVE, by.username())) {
			throw new ConflictException("archive.employment.not-pending");
		}
		employments.endOthers(employment.workerId(), employmentId, by.username());
		workerRows.moveKeeper(employment.workerId(), employment.enterpriseId(), enterprises.regionOf(employment.enterpriseId()));
		audit.record(AuditEvent.success(by, action, "worker", employment.workerId())
			.with("employment", employmentId).with("enterprise", employment.enterpriseId()));
	}

	@Override
	public void decline(Actor worker, long employmentId) {
		Employment employment = addressedTo(worker, employmentId);
		if (!employments.transition(employmentId, EmploymentState.PROPOSED, EmploymentState.DECLINED, worker.username())) {
			throw new ConflictException("archive.employment.not-pending");
		}
		audit.record(AuditEvent.success(worker, "EMPLOYMENT_DECLINE", "worker", employment.workerId())
			.with("employment", employmentId));
	}

	@Override
	public void end(Actor by, long employmentId) {
		Employment employment = employments.find(employmentId)
			.orElseThrow(() -> new NotFoundException("archive.employment.not-found", employmentId));
		boolean enterpriseSide = by.role() == Role.ENTERPRISE_ADMIN && by.enterpriseId() == employment.enterpriseId();
		boolean workerSide = workers.own(by).map(w -> w.id() == employment.workerId()).orElse(false);
		if (!enterpriseSide && !workerSide) {
			throw new NotFoundException("archive.employment.not-found", employmentId);
		}
		if (!employments.transition(employmentId, EmploymentState.ACTIVE, EmploymentState.ENDED, by.username())) {
			throw new ConflictException("archive.employment.not-active");
		}
		Worker worker = workerRows.byId(employment.workerId());
		if (worker.enterpriseId() != null && worker.enterpriseId() == employment.enterpriseId()) {
			workerRows.moveKeeper(employment.workerId(), null, null);
		}
		audit.record(AuditEvent.success(by, "EMPLOYMENT_END", "worker", employment.workerId()).with("employment", employmentId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Employment> ofEnterprise(Actor enterprise) {
		return employments.ofEnterprise(enterprise.scope());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Employment> ofOwnFile(Actor worker) {
		return workers.own(worker).map(w -> employments.ofWorker(w.id())).orElse(List.of());
	}

	private Employment addressedTo(Actor worker, long employmentId) {
		Employment employment = employments.find(employmentId)
			.orElseThrow(() -> new NotFoundException("archive.employment.not-found", employmentId));
		boolean own = workers.own(worker).map(w -> w.id() == employment.workerId()).orElse(false);
		// The worker's own application is decided by the enterprise, not by the worker who made it.
		if (!own || employment.appliedByWorker()) {
			throw new NotFoundException("archive.employment.not-found", employmentId);
		}
		return employment;
	}
}
