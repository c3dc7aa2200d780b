package cn.jiazheng.credit.archive.internal;

import java.util.List;
import java.util.Map;

import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.Enterprise;
import cn.jiazheng.credit.archive.EnterpriseFile;
import cn.jiazheng.credit.archive.EnterpriseFileReleased;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.archive.ReviewItem;
import cn.jiazheng.credit.archive.Revision;
import cn.jiazheng.credit.archive.RevisionState;
import cn.jiazheng.credit.archive.ServiceCategory;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.region.RegionCode;
import cn.jiazheng.credit.region.RegionDirectory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The archive's file workflow on PostgreSQL. Each step is one transaction, audited, and bounded by the
 * actor's scope; illegal steps are refused with a message that says why.
 */
@Service
@Transactional
public class EnterpriseFileService implements EnterpriseFiles {

	private static final FileKind KIND = FileKind.ENTERPRISE;

	private final EnterpriseRepository enterprises;

	private final RevisionStore revisions;

	private final RevisionWorkflow workflow;

	private final ServiceCategoryRepository categories;

	private final RegionDirectory regions;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	EnterpriseFileService(EnterpriseRepository enterprises, RevisionStore revisions, RevisionWorkflow workflow,
			ServiceCategoryRepository categories, RegionDirectory regions, AuditTrail audit, JsonMapper json,
			ApplicationEventPublisher events) {
		this.enterprises = enterprises;
		this.revisions = revisions;
		this.workflow = workflow;
		this.categories = categories;
		this.regions = regions;
		this.audit = audit;
		this.json = json;
		this.events = events;
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
		EnterpriseFile file = EnterpriseFile.started(name.strip(), region);
		long id = enterprises.register(by.scope(), code, file);
		revisions.insert(KIND, id, 1, file.regionCode(), json.writeValueAsString(file), by.username());
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
	public List<Revision<EnterpriseFile>> history(Actor reader, long id) {
		get(reader, id);
		return revisions.all(KIND, id).stream().map(this::decoded).toList();
	}

	@Transactional(readOnly = true)
	@Override
	public List<ReviewItem> reviewQueue(Actor reviewer, FileKind kind, RegionCode within, int limit) {
		RevisionWorkflow.requireReviewer(reviewer);
		return revisions.queue(reviewer.scope(), kind, within, limit);
	}

	@Transactional(readOnly = true)
	@Override
	public List<ReviewItem> submissions(Actor enterprise, int limit) {
		if (!enterprise.role().isEnterprise()) {
			throw new AccessDeniedException("archive.enterprise.edit-denied");
		}
		return revisions.submissions(enterprise.scope(), limit);
	}

	@Transactional(readOnly = true)
	@Override
	public Map<FileKind, Long> reviewCounts(Actor reviewer) {
		RevisionWorkflow.requireReviewer(reviewer);
		return revisions.queueCounts(reviewer.scope());
	}

	@Override
	public int saveDraft(Actor by, long id, EnterpriseFile file) {
		requireEnterpriseUser(by, id);
		get(by, id);
		requireCounty(file.regionCode());
		List<String> offered = categories.active().stream().map(ServiceCategory::code).toList();
		for (String category : file.serviceCategories()) {
			if (!offered.contains(category)) {
				throw new InvalidValueException("serviceCategories", "archive.enterprise.category-unknown", category);
			}
		}
		int number = workflow.saveDraft(by, KIND, id, file.regionCode(), n -> json.writeValueAsString(file));
		enterprises.setLatestRegion(id, file.regionCode());
		return number;
	}

	@Override
	public void submit(Actor by, long id) {
		requireEnterpriseUser(by, id);
		if (by.role() != Role.ENTERPRISE_ADMIN) {
			throw new AccessDeniedException("archive.enterprise.submit-denied");
		}
		get(by, id);
		Revision<String> latest = workflow.submittable(KIND, id);
		decoded(latest).file().requireComplete();
		workflow.submit(by, latest);
	}

	@Override
	public RevisionState approve(Actor reviewer, long id, int number) {
		return workflow.approve(reviewer, workflow.submitted(reviewer, KIND, id, number), this::released);
	}

	@Override
	public void returnToEnterprise(Actor reviewer, long id, int number, String reason) {
		workflow.returnToSubmitter(reviewer, workflow.submitted(reviewer, KIND, id, number), reason);
	}

	/** Field-by-field differences of a revision against the released one (everything, for a first release). */
	@Transactional(readOnly = true)
	@Override
	public Map<String, List<String>> differences(Actor reader, long id, int number) {
		List<Revision<EnterpriseFile>> history = history(reader, id);
		EnterpriseFile released = RevisionWorkflow.releasedOtherThan(history, number).map(Revision::file).orElse(null);
		return RevisionWorkflow.numbered(history, number).file().differencesFrom(released);
	}

	/** One statement: no transaction needed, which spares the public lookup its round trips. */
	@Override
	public java.util.Optional<Enterprise> findPublic(CreditCode code) {
		return enterprises.findByCreditCode(code);
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Optional<String> releasedName(long id) {
		return enterprises.releasedName(id);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, String> releasedNames(java.util.Collection<Long> ids) {
		return enterprises.releasedNames(ids);
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
		return workflow.releaseEndedPublicity(KIND, this::released);
	}

	private void released(Revision<String> revision) {
		enterprises.released(revision.subjectId(), decoded(revision).file());
		events.publishEvent(new EnterpriseFileReleased(revision.subjectId()));
	}

	private Revision<EnterpriseFile> decoded(Revision<String> stored) {
		return stored.withFile(json.readValue(stored.file(), EnterpriseFile.class));
	}

	private RegionCode requireCounty(String county) {
		RegionCode region = county == null || county.isBlank() ? null : RegionCode.of(county.strip());
		if (region == null || region.level() != cn.jiazheng.credit.region.RegionLevel.COUNTY || !regions.isActive(region)) {
			throw new InvalidValueException("regionCode", "archive.enterprise.county-required");
		}
		return region;
	}

	private static void requireEnterpriseUser(Actor by, long id) {
		if (!by.role().isEnterprise() || by.enterpriseId() == null || by.enterpriseId() != id) {
			throw new AccessDeniedException("archive.enterprise.edit-denied");
		}
	}
}
