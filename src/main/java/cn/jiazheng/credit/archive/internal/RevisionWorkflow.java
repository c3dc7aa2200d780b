package cn.jiazheng.credit.archive.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import cn.jiazheng.credit.archive.FileKind;
import cn.jiazheng.credit.archive.Revision;
import cn.jiazheng.credit.archive.RevisionState;
import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.calendar.WorkingCalendar;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.region.RegionCode;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * 采集、审核、公示、发布, once for every kind of file: which step may follow which, who may take it,
 * and that of two reviewers acting at once exactly one decides. The kind's service checks what is
 * particular to it (who may edit, whether the content is complete, consent) and says what a release
 * changes on the subject's row; content reaches this class already encoded.
 */
@Component
@EnableConfigurationProperties(ArchiveProperties.class)
class RevisionWorkflow {

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final RevisionStore store;

	private final WorkingCalendar calendar;

	private final AuditTrail audit;

	private final ArchiveProperties properties;

	private final Clock clock;

	RevisionWorkflow(RevisionStore store, WorkingCalendar calendar, AuditTrail audit, ArchiveProperties properties, Clock clock) {
		this.store = store;
		this.calendar = calendar;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Saves into the open draft (or returned revision); once a revision is released (or none exists
	 * yet), opens a new one that will be reviewed again. Content is produced per number, since a worker's
	 * is sealed to it. Returns the number.
	 */
	int saveDraft(Actor by, FileKind kind, long subjectId, String regionCode, java.util.function.IntFunction<String> content) {
		Optional<Revision<String>> latest = store.latest(kind, subjectId);
		int number;
		if (latest.isPresent() && latest.get().state().editable()) {
			number = latest.get().number();
			store.updateDraft(kind, subjectId, number, regionCode, content.apply(number));
		}
		else if (latest.isPresent() && latest.get().state().open()) {
			throw new ConflictException("archive.revision.not-editable", latest.get().number(), stateName(latest.get().state()));
		}
		else {
			number = latest.map(r -> r.number() + 1).orElse(1);
			int opened = store.open(kind, subjectId, regionCode, content.apply(number), by.username());
			if (opened != number) {
				throw new ConflictException("archive.revision.changed-meanwhile");
			}
		}
		audit.record(AuditEvent.success(by, kind.name() + "_DRAFT_SAVE", kind.targetType(), subjectId).with("revision", number));
		return number;
	}

	/** The latest revision, if it may be submitted; the caller then checks completeness and calls {@link #submit}. */
	Revision<String> submittable(FileKind kind, long subjectId) {
		Revision<String> latest = store.latest(kind, subjectId)
			.orElseThrow(() -> new ConflictException("archive.revision.nothing-to-submit"));
		if (!latest.state().editable()) {
			throw new ConflictException("archive.revision.cannot-submit", latest.number(), stateName(latest.state()));
		}
		return latest;
	}

	void submit(Actor by, Revision<String> latest) {
		if (!store.transition(latest.kind(), latest.subjectId(), latest.number(), latest.state(), RevisionState.SUBMITTED,
				by.username(), null, null)) {
			throw new ConflictException("archive.revision.changed-meanwhile");
		}
		audit.record(AuditEvent.success(by, latest.kind().name() + "_SUBMIT", latest.kind().targetType(), latest.subjectId())
			.with("revision", latest.number()));
	}

	/**
	 * Approves: into publicity when a period is configured, else released at once, when
	 * {@code released} is told so that the subject's row can follow.
	 */
	RevisionState approve(Actor reviewer, Revision<String> revision, Consumer<Revision<String>> released) {
		int days = properties.publicityWorkingDays();
		FileKind kind = revision.kind();
		if (days > 0) {
			LocalDate ends = calendar.plusWorkingDays(LocalDate.now(clock.withZone(CHINA)), days);
			decide(reviewer, revision, RevisionState.PUBLICITY, null, ends);
			audit.record(AuditEvent.success(reviewer, kind.name() + "_APPROVE", kind.targetType(), revision.subjectId())
				.with("revision", revision.number()).with("publicityEnds", ends));
			return RevisionState.PUBLICITY;
		}
		decide(reviewer, revision, RevisionState.RELEASED, null, null);
		store.markReleased(kind, revision.subjectId(), revision.number());
		released.accept(revision);
		audit.record(AuditEvent.success(reviewer, kind.name() + "_APPROVE", kind.targetType(), revision.subjectId())
			.with("revision", revision.number()));
		return RevisionState.RELEASED;
	}

	void returnToSubmitter(Actor reviewer, Revision<String> revision, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidValueException("reason", "archive.review.reason-required");
		}
		if (reason.length() > 500) {
			throw new InvalidValueException("reason", "archive.field.too-long", 500);
		}
		decide(reviewer, revision, RevisionState.RETURNED, reason.strip(), null);
		audit.record(AuditEvent.success(reviewer, revision.kind().name() + "_RETURN", revision.kind().targetType(),
				revision.subjectId()).with("revision", revision.number()));
	}

	/** The revision a reviewer acts on: theirs to review, and still waiting for a decision. */
	Revision<String> submitted(Actor reviewer, FileKind kind, long subjectId, int number) {
		requireReviewer(reviewer);
		Revision<String> revision = numbered(store.all(kind, subjectId), number);
		reviewer.scope().requireReadable(RegionCode.of(revision.regionCode()), null);
		if (revision.state() != RevisionState.SUBMITTED) {
			throw new ConflictException("archive.review.not-submitted", number, stateName(revision.state()));
		}
		return revision;
	}

	/** Releases every approved revision of the kind whose publicity has ended; the state guard makes concurrent runs harmless. */
	int releaseEndedPublicity(FileKind kind, Consumer<Revision<String>> released) {
		int count = 0;
		for (Revision<String> revision : store.publicityEndedBefore(kind, LocalDate.now(clock.withZone(CHINA)))) {
			if (store.transition(kind, revision.subjectId(), revision.number(), RevisionState.PUBLICITY, RevisionState.RELEASED,
					"system", null, revision.publicityEnds())) {
				store.markReleased(kind, revision.subjectId(), revision.number());
				released.accept(revision);
				audit.record(AuditEvent.success(AuditActor.SYSTEM, kind.name() + "_RELEASE", kind.targetType(), revision.subjectId())
					.with("revision", revision.number()));
				count++;
			}
		}
		return count;
	}

	static <F> Revision<F> numbered(List<Revision<F>> history, int number) {
		return history.stream().filter(r -> r.number() == number).findFirst()
			.orElseThrow(() -> new NotFoundException("archive.revision.not-found", number));
	}

	/** The revision released before {@code number}, if any: what a reviewer compares against. */
	static <F> Optional<Revision<F>> releasedOtherThan(List<Revision<F>> history, int number) {
		return history.stream().filter(r -> r.state() == RevisionState.RELEASED && r.number() != number).findFirst();
	}

	static void requireReviewer(Actor reviewer) {
		if (reviewer.role() != Role.REGULATOR && reviewer.role() != Role.PLATFORM_ADMIN) {
			throw new AccessDeniedException("archive.review.denied");
		}
	}

	private void decide(Actor reviewer, Revision<String> revision, RevisionState to, String reason, LocalDate ends) {
		if (!store.transition(revision.kind(), revision.subjectId(), revision.number(), RevisionState.SUBMITTED, to,
				reviewer.username(), reason, ends)) {
			throw new ConflictException("archive.review.already-decided", revision.number());
		}
	}

	/** The state's name in the reader's language, as a message argument. */
	static DefaultMessageSourceResolvable stateName(RevisionState state) {
		return new DefaultMessageSourceResolvable(new String[] { "archive.state." + state }, state.name());
	}
}
