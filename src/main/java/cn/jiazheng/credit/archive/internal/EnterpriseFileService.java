package cn.jiazheng.credit.archive.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.Enterprise;
import cn.jiazheng.credit.archive.EnterpriseFile;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.EnterpriseRevision;
import cn.jiazheng.credit.archive.RevisionState;
import cn.jiazheng.credit.archive.ServiceCategory;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.calendar.WorkingCalendar;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.region.RegionCode;
import cn.jiazheng.credit.region.RegionDirectory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The archive's file workflow on PostgreSQL. Each step is one transaction, audited, and bounded by the
 * actor's scope; illegal steps are refused with a message that says why.
 */
@Service
@Transactional
@EnableConfigurationProperties(ArchiveProperties.class)
public class EnterpriseFileService implements EnterpriseFiles {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final EnterpriseRepository enterprises;

	private final ServiceCategoryRepository categories;

	private final RegionDirectory regions;

	private final WorkingCalendar calendar;

	private final AuditTrail audit;

	private final ArchiveProperties properties;

	private final Clock clock;

	EnterpriseFileService(EnterpriseRepository enterprises, ServiceCategoryRepository categories, RegionDirectory regions, WorkingCalendar calendar,
			AuditTrail audit, ArchiveProperties properties, Clock clock) {
		this.enterprises = enterprises;
		this.categories = categories;
		this.regions = regions;
		this.calendar = calendar;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public long register(Actor by, String creditCode, String name, String county) {
		if (by.role() != Role.REGULATOR && by.role() != Role.PLATFORM_ADMIN) {
			throw new AccessDeniedException("archive.enterprise.register-denied");
		}
		CreditCode code = new CreditCode(creditCode);
		RegionCode region = requireCounty(county);
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new InvalidValueException("name", "archive.field.required");
		}
		if (enterprises.creditCodeTaken(code)) {
			throw new InvalidValueException("creditCode", "archive.enterprise.duplicate", code.value());
		}
		long id = enterprises.register(by.scope(), code, EnterpriseFile.started(name.strip(), region), by.username());
		audit.record(AuditEvent.success(by, "ENTERPRISE_REGISTER", "enterprise", id).with("county", region));
		return id;
	}

	@Transactional(readOnly = true)
	@Override
	public Enterprise get(Actor reader, long id) {
		return enterprises.find(reader.scope(), id).orElseThrow(() -> new NotFoundException("archive.enterprise.not-found", id));
	}

	@Transactional(readOnly = true)
	@Override
	public List<Enterprise> list(Actor reader, RevisionState state, String text, int page, int size) {
		return enterprises.list(reader.scope(), state, text, size, page * size);
	}

	@Transactional(readOnly = true)
	@Override
	public long count(Actor reader, RevisionState state, String text) {
		return enterprises.count(reader.scope(), state, text);
	}

	@Transactional(readOnly = true)
	@Override
	public Map<RevisionState, Long> countByState(Actor reader) {
		return enterprises.countByState(reader.scope());
	}

	/** Newest first; the first is the revision in progress or the released one. */
	@Transactional(readOnly = true)
	@Override
	public List<EnterpriseRevision> history(Actor reader, long id) {
		get(reader, id);
		return enterprises.revisions(reader.scope(), id);
	}

	@Transactional(readOnly = true)
	@Override
	public List<EnterpriseRevision> reviewQueue(Actor reviewer, RegionCode within, int limit) {
		requireReviewer(reviewer);
		return enterprises.queue(reviewer.scope(), within, limit);
	}

	@Override
	public int saveDraft(Actor by, long id, EnterpriseFile file) {
		requireEnterpriseUser(by, id);
		Enterprise enterprise = get(by, id);
		requireCounty(file.regionCode());
		List<String> offered = categories.active().stream().map(ServiceCategory::code).toList();
		for (String category : file.serviceCategories()) {
			if (!offered.contains(category)) {
				throw new InvalidValueException("serviceCategories", "archive.enterprise.category-unknown", category);
			}
		}
		EnterpriseRevision latest = latest(by, id);
		int number;
		if (latest.state().editable()) {
			enterprises.updateDraft(id, latest.number(), file);
			number = latest.number();
		}
		else if (latest.state().open()) {
			throw new ConflictException("archive.revision.not-editable", latest.number(), stateKey(latest.state()));
		}
		else {
			number = enterprises.newRevision(id, file, by.username());
		}
		audit.record(AuditEvent.success(by, "ENTERPRISE_DRAFT_SAVE", "enterprise", enterprise.id()).with("revision", number));
		return number;
	}

	@Override
	public void submit(Actor by, long id) {
		requireEnterpriseUser(by, id);
		if (by.role() != Role.ENTERPRISE_ADMIN) {
			throw new AccessDeniedException("archive.enterprise.submit-denied");
		}
		EnterpriseRevision latest = latest(by, id);
		if (!latest.state().editable()) {
			throw new ConflictException("archive.revision.cannot-submit", latest.number(), stateKey(latest.state()));
		}
		latest.file().requireComplete();
		if (!enterprises.transition(id, latest.number(), latest.state(), RevisionState.SUBMITTED, by.username(), null, null)) {
			throw new ConflictException("archive.revision.changed-meanwhile");
		}
		audit.record(AuditEvent.success(by, "ENTERPRISE_SUBMIT", "enterprise", id).with("revision", latest.number()));
	}

	@Override
	public RevisionState approve(Actor reviewer, long id, int number) {
		EnterpriseRevision revision = submitted(reviewer, id, number);
		int days = properties.publicityWorkingDays();
		if (days > 0) {
			LocalDate ends = calendar.plusWorkingDays(LocalDate.now(clock.withZone(CHINA)), days);
			decide(reviewer, revision, RevisionState.PUBLICITY, null, ends);
			audit.record(AuditEvent.success(reviewer, "ENTERPRISE_APPROVE", "enterprise", id).with("revision", number)
				.with("publicityEnds", ends));
			return RevisionState.PUBLICITY;
		}
		decide(reviewer, revision, RevisionState.RELEASED, null, null);
		enterprises.markReleased(id, number, revision.file());
		audit.record(AuditEvent.success(reviewer, "ENTERPRISE_APPROVE", "enterprise", id).with("revision", number));
		return RevisionState.RELEASED;
	}

	@Override
	public void returnToEnterprise(Actor reviewer, long id, int number, String reason) {
		EnterpriseRevision revision = submitted(reviewer, id, number);
		if (reason == null || reason.isBlank()) {
			throw new InvalidValueException("reason", "archive.review.reason-required");
		}
		if (reason.length() > 500) {
			throw new InvalidValueException("reason", "archive.field.too-long", 500);
		}
		decide(reviewer, revision, RevisionState.RETURNED, reason.strip(), null);
		audit.record(AuditEvent.success(reviewer, "ENTERPRISE_RETURN", "enterprise", id).with("revision", number));
	}

	/** Field-by-field differences of a revision against the released one (everything, for a first release). */
	@Transactional(readOnly = true)
	@Override
	public Map<String, List<String>> differences(Actor reader, long id, int number) {
		List<EnterpriseRevision> history = history(reader, id);
		EnterpriseRevision revision = history.stream().filter(r -> r.number() == number).findFirst()
			.orElseThrow(() -> new NotFoundException("archive.revision.not-found", number));
		EnterpriseFile released = history.stream().filter(r -> r.state() == RevisionState.RELEASED && r.number() != number)
			.findFirst().map(EnterpriseRevision::file).orElse(null);
		return revision.file().differencesFrom(released);
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<String> releasedName(long id) {
		return enterprises.releasedName(id);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ServiceCategory> serviceCategories() {
		return categories.active();
	}

	/** Hourly; the state guard in each transition makes concurrent runs on several instances harmless. */
	@Scheduled(cron = "${jiazheng.archive.release-cron:0 5 * * * *}", zone = "Asia/Shanghai")
	@Override
	public int releaseEndedPublicity() {
		int released = 0;
		for (EnterpriseRevision revision : enterprises.publicityEndedBefore(LocalDate.now(clock.withZone(CHINA)))) {
			if (enterprises.transition(revision.enterpriseId(), revision.number(), RevisionState.PUBLICITY,
					RevisionState.RELEASED, "system", null, revision.publicityEnds())) {
				enterprises.markReleased(revision.enterpriseId(), revision.number(), revision.file());
				audit.record(AuditEvent.success(cn.jiazheng.credit.audit.AuditActor.SYSTEM, "ENTERPRISE_RELEASE",
						"enterprise", revision.enterpriseId()).with("revision", revision.number()));
				released++;
			}
		}
		return released;
	}

	private void decide(Actor reviewer, EnterpriseRevision revision, RevisionState to, String reason, LocalDate ends) {
		if (!enterprises.transition(revision.enterpriseId(), revision.number(), RevisionState.SUBMITTED, to,
				reviewer.username(), reason, ends)) {
			throw new ConflictException("archive.review.already-decided", revision.number());
		}
	}

	private EnterpriseRevision submitted(Actor reviewer, long id, int number) {
		requireReviewer(reviewer);
		EnterpriseRevision revision = history(reviewer, id).stream().filter(r -> r.number() == number).findFirst()
			.orElseThrow(() -> new NotFoundException("archive.revision.not-found", number));
		reviewer.scope().requireReadable(RegionCode.of(revision.regionCode()), id);
		if (revision.state() != RevisionState.SUBMITTED) {
			throw new ConflictException("archive.review.not-submitted", number, stateKey(revision.state()));
		}
		return revision;
	}

	private EnterpriseRevision latest(Actor by, long id) {
		return enterprises.revisions(by.scope(), id).stream().findFirst()
			.orElseThrow(() -> new NotFoundException("archive.enterprise.not-found", id));
	}

	private RegionCode requireCounty(String county) {
		RegionCode region = county == null || county.isBlank() ? null : RegionCode.of(county.strip());
		if (region == null || region.level() != cn.jiazheng.credit.region.RegionLevel.COUNTY || !regions.isActive(region)) {
			throw new InvalidValueException("regionCode", "archive.enterprise.county-required");
		}
		return region;
	}

	private static void requireReviewer(Actor reviewer) {
		if (reviewer.role() != Role.REGULATOR && reviewer.role() != Role.PLATFORM_ADMIN) {
			throw new AccessDeniedException("archive.review.denied");
		}
	}

	private static void requireEnterpriseUser(Actor by, long id) {
		if (!by.role().isEnterprise() || by.enterpriseId() == null || by.enterpriseId() != id) {
			throw new AccessDeniedException("archive.enterprise.edit-denied");
		}
	}

	/** The state's name in the reader's language, as a message argument. */
	private static DefaultMessageSourceResolvable stateKey(RevisionState state) {
		return new DefaultMessageSourceResolvable(new String[] { "archive.state." + state }, state.name());
	}
}
