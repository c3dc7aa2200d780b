package cn.jiazheng.credit.archive.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.EmploymentModel;
import cn.jiazheng.credit.archive.EnterpriseFile;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.Revision;
import cn.jiazheng.credit.archive.ReviewItem;
import cn.jiazheng.credit.archive.EnterpriseType;
import cn.jiazheng.credit.archive.Insurance;
import cn.jiazheng.credit.archive.RevisionState;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.calendar.WorkingCalendar;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.region.RegionCode;
import cn.jiazheng.credit.region.RegionDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 采集、审核、公示、发布: an enterprise's file from registration to release and on to a second
 * revision, with the illegal steps, the territory and two reviewers acting at once.
 */
@PlatformTest
class EnterpriseWorkflowTest {

	private static final SplittableRandom RANDOM = new SplittableRandom();

	private static final Actor YANTA = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);

	private static final Actor XIAN = new Actor(2, "xian", "西安市商务局", Role.REGULATOR, RegionCode.of("6101"), null);

	private static final Actor BEILIN = new Actor(4, "beilin", "碑林区商务局", Role.REGULATOR, RegionCode.of("610103"), null);

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	EnterpriseFiles files;

	@Autowired
	EnterpriseRepository repository;

	@Autowired
	RegionDirectory regions;

	@Autowired
	ServiceCategoryRepository categories;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	RevisionStore revisions;

	@Autowired
	tools.jackson.databind.json.JsonMapper json;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	private long id;

	private Actor owner;

	@BeforeEach
	void registerAnEnterprise() {
		String code = CreditCode.generate(RegionCode.of("610113"), RANDOM).value();
		id = files.register(YANTA, code, "西安巧手家政服务有限公司", "610113");
		owner = new Actor(900 + id, "owner" + id, "企业管理员", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), id);
	}

	@Test
	void aFileIsDraftedSubmittedReturnedFixedApprovedAndReleased() {
		assertThat(files.get(owner, id).state()).isEqualTo(RevisionState.DRAFT);

		assertThatThrownBy(() -> files.submit(owner, id)).as("an incomplete draft cannot be submitted")
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.field()).isEqualTo("legalRepresentative"));

		files.saveDraft(owner, id, complete("王建国", "13891234567"));
		files.submit(owner, id);
		assertThat(files.get(YANTA, id).state()).isEqualTo(RevisionState.SUBMITTED);
		assertThat(files.reviewQueue(YANTA, null, null, 500)).extracting(ReviewItem::subjectId).contains(id);
		assertThat(files.reviewQueue(XIAN, null, RegionCode.of("610113"), 500)).extracting(ReviewItem::subjectId)
			.as("a city regulator narrows the queue to one county").contains(id);
		assertThat(files.reviewQueue(XIAN, null, RegionCode.of("610103"), 500)).extracting(ReviewItem::subjectId)
			.doesNotContain(id);
		assertThatThrownBy(() -> files.saveDraft(owner, id, complete("李四", "13891234567")))
			.as("no changes while under review").isInstanceOf(ConflictException.class);

		assertThatThrownBy(() -> files.returnToEnterprise(YANTA, id, 1, " "))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
		files.returnToEnterprise(YANTA, id, 1, "营业执照与法定代表人不一致，请核对");
		Revision<EnterpriseFile> returned = files.history(owner, id).get(0);
		assertThat(returned.state()).isEqualTo(RevisionState.RETURNED);
		assertThat(returned.returnReason()).as("the enterprise sees why").isEqualTo("营业执照与法定代表人不一致，请核对");

		files.saveDraft(owner, id, complete("王建华", "13891234567"));
		files.submit(owner, id);
		assertThat(files.approve(YANTA, id, 1)).isEqualTo(RevisionState.RELEASED);
		assertThat(files.get(owner, id).releasedNumber()).isEqualTo(1);
		assertThat(files.history(owner, id).get(0).file().legalRepresentative()).isEqualTo("王建华");
	}

	@Test
	void aChangeToAReleasedFileIsANewRevisionReviewedAgainAndHistoryStays() {
		release(complete("王建国", "13891234567"));
		int second = files.saveDraft(owner, id, complete("王建国", "029-88886666"));
		assertThat(second).isEqualTo(2);
		assertThat(files.get(owner, id).releasedNumber()).as("the public still sees revision 1").isEqualTo(1);
		files.submit(owner, id);
		assertThat(files.differences(YANTA, id, 2)).containsOnlyKeys("contactPhone")
			.containsEntry("contactPhone", List.of("13891234567", "029-88886666"));
		files.approve(XIAN, id, 2);

		List<Revision<EnterpriseFile>> history = files.history(owner, id);
		assertThat(history).extracting(Revision::number, Revision::state)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, RevisionState.RELEASED),
					org.assertj.core.groups.Tuple.tuple(1, RevisionState.SUPERSEDED));
		assertThat(history.get(1).file().contactPhone()).as("nothing overwritten").isEqualTo("13891234567");
	}

	@Test
	void illegalStepsAreRefusedWithTheReason() {
		assertThatThrownBy(() -> files.approve(YANTA, id, 1)).as("a draft cannot be approved")
			.isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("archive.review.not-submitted"));
		release(complete("王建国", "13891234567"));
		assertThatThrownBy(() -> files.approve(YANTA, id, 1)).as("a released revision cannot be approved again")
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> files.submit(owner, id)).as("nothing to submit").isInstanceOf(ConflictException.class);
		Actor staff = new Actor(owner.accountId() + 1, "staff" + id, "前台", Role.ENTERPRISE_STAFF, owner.territory(), id);
		files.saveDraft(staff, id, complete("王建国", "13800000000"));
		assertThatThrownBy(() -> files.submit(staff, id)).as("staff prepare, the admin submits")
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void submittedContentIsFrozenInTheDatabase() {
		files.saveDraft(owner, id, complete("王建国", "13891234567"));
		files.submit(owner, id);
		assertThatThrownBy(() -> jdbc.sql("UPDATE archive.revision SET content = '{}' WHERE kind = 'ENTERPRISE' AND subject_id = :id")
			.param("id", id).update()).rootCause().hasMessageContaining("已提交的档案修订不能修改");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM archive.revision WHERE kind = 'ENTERPRISE' AND subject_id = :id")
			.param("id", id).update()).rootCause().hasMessageContaining("档案修订不能删除");
	}

	@Test
	void anotherCountyNeitherSeesNorReviewsTheFile() {
		files.saveDraft(owner, id, complete("王建国", "13891234567"));
		files.submit(owner, id);
		assertThatThrownBy(() -> files.get(BEILIN, id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> files.approve(BEILIN, id, 1)).isInstanceOf(NotFoundException.class);
		assertThat(files.reviewQueue(BEILIN, null, null, 500)).extracting(ReviewItem::subjectId).doesNotContain(id);
		assertThat(files.list(BEILIN, null, "巧手", 0, 500)).extracting(e -> e.id()).doesNotContain(id);
		Actor otherEnterprise = new Actor(77, "other", "别家", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), id + 100000);
		assertThatThrownBy(() -> files.saveDraft(otherEnterprise, id, complete("冒名", "13800000000")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> files.register(BEILIN, CreditCode.generate(RegionCode.of("610113"), RANDOM).value(),
				"越界登记", "610113")).as("no registration outside the territory").isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void aMoveToAnotherCountyIsReviewedThereAndThenBelongsThere() {
		release(complete("王建国", "13891234567"));
		EnterpriseFile moved = complete("王建国", "13891234567");
		moved = new EnterpriseFile(moved.name(), moved.legalRepresentative(), "西安市碑林区南大街 8 号", "610103",
				moved.type(), moved.employmentModel(), moved.serviceCategories(), moved.qualifications(), moved.insurances(),
				moved.priceList(), moved.serviceCommitments(), moved.contactPerson(), moved.contactPhone(), moved.branches());
		long beilinBefore = total(files.countByState(BEILIN));
		files.saveDraft(owner, id, moved);
		files.submit(owner, id);
		assertThat(files.reviewQueue(BEILIN, null, null, 500)).extracting(ReviewItem::subjectId)
			.as("the county it moves to reviews it").contains(id);
		String code = files.get(YANTA, id).creditCode().value();
		for (Actor regulator : List.of(YANTA, BEILIN, XIAN)) {
			assertThat(files.list(regulator, RevisionState.SUBMITTED, code, 0, 50)).as("%s lists the moving file", regulator.username())
				.extracting(e -> e.id()).containsExactly(id);
			assertThat(files.count(regulator, RevisionState.SUBMITTED, code)).as("%s counts it", regulator.username()).isEqualTo(1);
		}
		assertThat(total(files.countByState(BEILIN))).as("the county it moves to counts it in its tabs").isEqualTo(beilinBefore + 1);
		assertThat(files.reviewQueue(YANTA, null, null, 500)).extracting(ReviewItem::subjectId).doesNotContain(id);
		assertThatThrownBy(() -> files.approve(YANTA, id, 2)).as("the county it leaves cannot decide")
			.isInstanceOf(NotFoundException.class);
		files.approve(BEILIN, id, 2);
		assertThat(files.get(BEILIN, id).regionCode()).isEqualTo("610103");
		assertThatThrownBy(() -> files.get(YANTA, id)).as("once moved, it is no longer the old county's")
			.isInstanceOf(NotFoundException.class);
		assertThat(files.count(YANTA, null, code)).isZero();
		assertThat(files.count(BEILIN, null, code)).isEqualTo(1);
		assertThat(total(files.countByState(BEILIN))).isEqualTo(beilinBefore + 1);
	}

	private static long total(java.util.Map<RevisionState, Long> counts) {
		return counts.values().stream().mapToLong(Long::longValue).sum();
	}

	@Test
	void twoReviewersActingAtOnceMakeExactlyOneDecision() throws Exception {
		files.saveDraft(owner, id, complete("王建国", "13891234567"));
		files.submit(owner, id);
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<String>> reviewers = List.of(() -> {
			start.await();
			files.approve(YANTA, id, 1);
			return "approved";
		}, () -> {
			start.await();
			files.returnToEnterprise(XIAN, id, 1, "材料不全");
			return "returned";
		});
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<String>> results = new ArrayList<>();
		for (Callable<String> reviewer : reviewers) {
			results.add(pool.submit(reviewer));
		}
		start.countDown();
		List<String> succeeded = new ArrayList<>();
		int refused = 0;
		for (Future<String> result : results) {
			try {
				succeeded.add(result.get());
			}
			catch (java.util.concurrent.ExecutionException ex) {
				assertThat(ex.getCause()).isInstanceOf(ConflictException.class);
				refused++;
			}
		}
		pool.shutdown();
		assertThat(succeeded).hasSize(1);
		assertThat(refused).isEqualTo(1);
		RevisionState state = files.history(owner, id).get(0).state();
		assertThat(state).isEqualTo(succeeded.get(0).equals("approved") ? RevisionState.RELEASED : RevisionState.RETURNED);
		long decisions = jdbc.sql("SELECT count(*) FROM audit.entry WHERE target_type = 'enterprise' AND target_id = :id "
				+ "AND action IN ('ENTERPRISE_APPROVE','ENTERPRISE_RETURN')").param("id", Long.toString(id)).query(Long.class).single();
		assertThat(decisions).isEqualTo(1);
	}

	@Test
	void anApprovedFileIsPublicisedForTheConfiguredWorkingDaysThenReleased() {
		RevisionWorkflow fiveDays = new RevisionWorkflow(revisions, calendar, audit, new ArchiveProperties(5), Clock.systemUTC());
		EnterpriseFiles withPublicity = new EnterpriseFileService(repository, revisions, fiveDays, categories, regions, audit, json, events);
		files.saveDraft(owner, id, complete("王建国", "13891234567"));
		files.submit(owner, id);
		assertThat(withPublicity.approve(YANTA, id, 1)).isEqualTo(RevisionState.PUBLICITY);
		Revision<EnterpriseFile> publicised = files.history(owner, id).get(0);
		LocalDate today = LocalDate.now(RevisionWorkflow.CHINA);
		assertThat(publicised.publicityEnds()).isEqualTo(calendar.plusWorkingDays(today, 5));
		assertThat(files.get(owner, id).released()).isFalse();

		jdbc.sql("UPDATE archive.revision SET publicity_ends = :d WHERE kind = 'ENTERPRISE' AND subject_id = :id AND number = 1")
			.param("d", today.minusDays(1)).param("id", id).update();
		assertThat(files.releaseEndedPublicity()).isGreaterThanOrEqualTo(1);
		assertThat(files.get(owner, id).releasedNumber()).isEqualTo(1);
		assertThat(files.releaseEndedPublicity()).as("releasing twice changes nothing").isZero();
	}

	private void release(EnterpriseFile file) {
		files.saveDraft(owner, id, file);
		files.submit(owner, id);
		files.approve(YANTA, id, files.history(owner, id).get(0).number());
	}

	static EnterpriseFile complete(String legalRepresentative, String phone) {
		return new EnterpriseFile("西安巧手家政服务有限公司", legalRepresentative, "西安市雁塔区小寨东路 1 号", "610113",
				EnterpriseType.ENTERPRISE, EmploymentModel.EMPLOYEE_BASED, List.of("CLEANING", "ELDER_PATIENT_CARE"),
				List.of("家政服务机构等级三星"), List.of(new Insurance("雇主责任险", "中国人民财产保险", "PICC-2026-0001",
						LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))),
				"日常保洁 50 元/小时", "持证上岗，服务不满意免费返工", "张经理", phone, List.of());
	}
}
