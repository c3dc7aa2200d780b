package cn.jiazheng.credit.objection;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.calendar.WorkingCalendar;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.MatrixFixtures;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.record.CreditRecords;
import cn.jiazheng.credit.record.NewRecord;
import cn.jiazheng.credit.record.RecordState;
import cn.jiazheng.credit.record.SubjectKind;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 异议: deadlines on the official calendar across the 2025 National Day holiday, the window refusing late
 * filings, one answer of two concurrent ones, territory, the credit record frozen and unfrozen, events,
 * overdue flagging, the sealed contact and the append-only history.
 */
@PlatformTest
@RecordApplicationEvents
class ObjectionTest {

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime());

	private static final byte[] PDF = "%PDF-1.7\n复核申请".getBytes(StandardCharsets.UTF_8);

	@Autowired
	Objections objections;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	CreditRecords records;

	@Autowired
	DemoData demo;

	@Autowired
	MatrixFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	ApplicationEvents events;

	private final Actor yanta = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);

	private final Actor beilin = new Actor(4, "beilin", "碑林区商务局", Role.REGULATOR, RegionCode.of("610103"), null);

	private final Actor xian = new Actor(2, "xian", "西安市商务局", Role.REGULATOR, RegionCode.of("6101"), null);

	private long own;

	private long other;

	private Actor qiye;

	private Actor qiye2;

	@BeforeEach
	void cast() {
		fixtures.prepare();
		DemoData.Cast cast = demo.seedCast();
		own = cast.demoEnterprise();
		other = cast.otherEnterprise();
		qiye = new Actor(5, "qiye", "企业管理员", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), own);
		qiye2 = new Actor(6, "qiye2", "碑林企业管理员", Role.ENTERPRISE_ADMIN, RegionCode.of("610103"), other);
	}

	static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	/** 10:00 in China on that day. */
	static Instant chinaMorning(String iso) {
		return Instant.parse(iso + "T02:00:00Z");
	}

	private String ref() {
		return "result:" + SEQUENCE.incrementAndGet();
	}

	private String window(String ref, LocalDate opens, LocalDate closes) {
		objections.openWindow(AuditActor.SYSTEM, new ObjectionWindow(TargetKind.RATING_RESULT, ref, SubjectKind.ENTERPRISE, own,
				"610113", opens, closes).named("雁塔家政", "2025 年信用评价初评：B 级"));
		return ref;
	}

	private NewObjection objection(String ref) {
		return new NewObjection(TargetKind.RATING_RESULT, ref, "投诉已撤销，不应计入", "王经理", "13912345678");
	}

	@Test
	void theAnswerIsDueSevenWorkingDaysAfterFilingAcrossNationalDay2025() {
		// Official 2025 arrangement: 10-01..10-08 off; Sunday 09-28 and Saturday 10-11 are worked.
		// From Friday 09-26, the day itself not counted: 09-27 Sat no; 09-28 Sun (调休) 1; 09-29 2; 09-30 3;
		// 10-01..10-08 holiday; 10-09 4; 10-10 5; 10-11 Sat (调休) 6; 10-12 Sun no; 10-13 Mon 7.
		String ref = window(ref(), d("2025-09-20"), d("2025-10-31"));
		long id = objections.file(qiye, objection(ref), List.of(), chinaMorning("2025-09-26"));
		Objection filed = objections.get(yanta, id);
		assertThat(filed.filedOn()).isEqualTo(d("2025-09-26"));
		assertThat(filed.answerDeadline()).isEqualTo(d("2025-10-13"));
		assertThat(filed.state()).isEqualTo(ObjectionState.FILED);
		assertThat(filed.windowCloses()).isEqualTo(d("2025-10-31"));
	}

	@Test
	void theWindowOfFifteenWorkingDaysAfterPublicationClosesAndRefusesLateFilings() {
		// Published Friday 2025-09-26: 09-28 1, 09-29 2, 09-30 3, 10-09 4, 10-10 5, 10-11 6, 10-13 7, 10-14 8,
		// 10-15 9, 10-16 10, 10-17 11, 10-20 12, 10-21 13, 10-22 14, 10-23 15.
		String ref = ref();
		ObjectionWindow window = ObjectionWindow.afterPublication(TargetKind.RATING_RESULT, ref, SubjectKind.ENTERPRISE, own,
				"610113", d("2025-09-26"), Objections.PUBLICATION_WINDOW_WORKING_DAYS, calendar);
		assertThat(window.opens()).isEqualTo(d("2025-09-26"));
		assertThat(window.closes()).isEqualTo(d("2025-10-23"));
		objections.openWindow(AuditActor.SYSTEM, window);
		assertThat(objections.isWindowOpen(TargetKind.RATING_RESULT, ref, d("2025-10-23"))).isTrue();
		assertThat(objections.isWindowOpen(TargetKind.RATING_RESULT, ref, d("2025-10-24"))).isFalse();
		assertThat(objections.isWindowOpen(TargetKind.RATING_RESULT, ref, d("2025-09-25"))).isFalse();

		// 00:00 on 10-24 in China is still 10-23 in UTC: China time decides.
		assertThatThrownBy(() -> objections.file(qiye, objection(ref), List.of(), Instant.parse("2025-10-23T16:00:00Z")))
			.isInstanceOfSatisfying(ConflictException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("objection.window.closed");
				assertThat(messages.getMessage(ex.messageKey(), ex.arguments(), Locale.SIMPLIFIED_CHINESE))
					.isEqualTo("异议期已于 2025-10-23 截止，不能再提出异议");
			});
		assertThatThrownBy(() -> objections.file(qiye, objection(ref), List.of(), chinaMorning("2025-09-25")))
			.isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("objection.window.not-yet"));
		assertThat(objections.unansweredCount(TargetKind.RATING_RESULT, ref)).isZero();

		// 23:59 on the last day in China is in time; the 7 working days then run from 10-23.
		long id = objections.file(qiye, objection(ref), List.of(), Instant.parse("2025-10-23T15:59:00Z"));
		assertThat(objections.get(qiye, id).answerDeadline()).isEqualTo(d("2025-11-03"));
	}

	@Test
	void oneOpenObjectionPerTargetAndOnlyTheSubjectsOwnAdminFiles() {
		String ref = window(ref(), d("2025-09-01"), d("2025-12-31"));
		assertThatThrownBy(() -> objections.file(qiye2, objection(ref), List.of(), chinaMorning("2025-09-26")))
			.as("another enterprise does not see the window").isInstanceOf(NotFoundException.class);
		Actor staff = new Actor(7, "qiye-staff", "企业员工", Role.ENTERPRISE_STAFF, RegionCode.of("610113"), own);
		assertThatThrownBy(() -> objections.file(staff, objection(ref), List.of(), chinaMorning("2025-09-26")))
			.isInstanceOf(AccessDeniedException.class);
		long first = objections.file(qiye, objection(ref), List.of(), chinaMorning("2025-09-26"));
		assertThatThrownBy(() -> objections.file(qiye, objection(ref), List.of(), chinaMorning("2025-09-29")))
			.isInstanceOfSatisfying(ConflictException.class, ex -> assertThat(ex.messageKey()).isEqualTo("objection.already-open"));
		objections.answer(yanta, first, Outcome.REJECTED, "投诉经核实属实");
		long second = objections.file(qiye, objection(ref), List.of(), chinaMorning("2025-10-09"));
		assertThat(second).isNotEqualTo(first);
		assertThat(objections.allAnswered(TargetKind.RATING_RESULT, List.of(ref))).isFalse();
		objections.withdraw(qiye, second, "已与主管部门沟通");
		assertThat(objections.allAnswered(TargetKind.RATING_RESULT, List.of(ref))).isTrue();
		assertThat(objections.get(qiye, second).state()).isEqualTo(ObjectionState.WITHDRAWN);
		assertThatThrownBy(() -> objections.answer(yanta, second, Outcome.UPHELD, "迟到的答复"))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void fieldsAreValidatedAndTheContactAndDocumentsAreSealed() {
		String ref = window(ref(), d("2025-09-01"), d("2025-12-31"));
		Instant at = chinaMorning("2025-09-26");
		assertThatThrownBy(() -> objections.file(qiye, new NewObjection(TargetKind.RATING_RESULT, ref, "理由", "王经理", "12345"),
				List.of(), at))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.field()).isEqualTo("contactPhone"));
		assertThatThrownBy(() -> objections.file(qiye, new NewObjection(TargetKind.RATING_RESULT, ref, " ", "王经理", "13912345678"),
				List.of(), at))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.field()).isEqualTo("reason"));
		assertThatThrownBy(() -> objections.file(qiye, objection(ref), List.of(new ObjectionFile("a.pdf", "<html>".getBytes())), at))
			.isInstanceOfSatisfying(InvalidValueException.class, ex -> assertThat(ex.field()).isEqualTo("attachments"));

		long id = objections.file(qiye, new NewObjection(TargetKind.RATING_RESULT, ref, "理由", "王经理", "0477-8581234"),
				List.of(new ObjectionFile("C:\\材料\\撤诉书.pdf", PDF)), at);
		String[] stored = jdbc.sql("SELECT contact_name_sealed, contact_phone_sealed FROM objection.objection WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
		assertThat(String.join(" ", stored)).doesNotContain("王经理").doesNotContain("8581234");
		assertThat(objections.contact(yanta, id)).isEqualTo(new ObjectionContact("王经理", "0477-8581234"));
		AttachmentInfo attachment = objections.attachments(yanta, id).get(0);
		assertThat(attachment.filename()).isEqualTo("撤诉书.pdf");
		byte[] sealed = jdbc.sql("SELECT content_sealed FROM objection.attachment WHERE id = :id").param("id", attachment.id())
			.query(byte[].class).single();
		assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
		assertThat(objections.attachment(xian, id, attachment.id()).bytes()).isEqualTo(PDF);
		assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE action IN ('OBJECTION_ATTACHMENT_VIEW', 'OBJECTION_CONTACT_VIEW') AND target_id = :id")
			.param("id", Long.toString(id)).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void ofTwoReviewersAnsweringAtOnceExactlyOneAnswers() throws Exception {
		String ref = window(ref(), d("2025-09-01"), d("2025-12-31"));
		long id = objections.file(qiye, objection(ref), List.of(), chinaMorning("2025-09-26"));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Future<String>> answers = new ArrayList<>();
			for (Callable<String> answer : List.<Callable<String>>of(() -> {
				start.await();
				objections.answer(yanta, id, Outcome.UPHELD, "区局核查：投诉已撤销");
				return "UPHELD";
			}, () -> {
				start.await();
				objections.answer(xian, id, Outcome.REJECTED, "市局核查：投诉属实");
				return "REJECTED";
			})) {
				answers.add(pool.submit(answer));
			}
			start.countDown();
			List<String> succeeded = new ArrayList<>();
			List<Throwable> refused = new ArrayList<>();
			for (Future<String> f : answers) {
				try {
					succeeded.add(f.get());
				}
				catch (java.util.concurrent.ExecutionException ex) {
					refused.add(ex.getCause());
				}
			}
			assertThat(succeeded).hasSize(1);
			assertThat(refused).singleElement().isInstanceOf(ConflictException.class);
			Objection answered = objections.get(yanta, id);
			assertThat(answered.state().name()).isEqualTo(succeeded.get(0));
			assertThat(objections.history(qiye, id)).hasSize(2);
			assertThat(events.stream(ObjectionDecided.class).filter(e -> e.objectionId() == id)).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void anotherCountysRegulatorNeitherSeesNorAnswersTheCityAboveDoes() {
		String ref = window(ref(), d("2025-09-01"), d("2025-12-31"));
		long id = objections.file(qiye, objection(ref), List.of(), chinaMorning("2025-09-26"));
		assertThatThrownBy(() -> objections.get(beilin, id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> objections.answer(beilin, id, Outcome.REJECTED, "越权")).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> objections.contact(beilin, id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> objections.get(qiye2, id)).isInstanceOf(NotFoundException.class);
		LocalDate day = d("2025-10-01");
		assertThat(objections.list(beilin, ObjectionFilter.ALL, day, 0, 200).items()).extracting(Objection::id).doesNotContain(id);
		assertThat(objections.list(xian, ObjectionFilter.ALL, day, 0, 200).items()).extracting(Objection::id).contains(id);
		assertThat(objections.mine(qiye2, 500)).extracting(Objection::id).doesNotContain(id);
		assertThat(objections.mine(qiye, 500)).extracting(Objection::id).contains(id);
		assertThat(objections.openWindows(qiye2, day)).extracting(ObjectionWindow::targetRef).doesNotContain(ref);
		assertThat(objections.openWindows(qiye, day)).extracting(ObjectionWindow::targetRef).contains(ref);
		assertThatThrownBy(() -> objections.answer(qiye, id, Outcome.UPHELD, "自己答复")).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anObjectionAgainstARecordFreezesItRejectionUnfreezesItUpholdingLeavesItFrozen() {
		long recordId = records.add(yanta, new NewRecord(SubjectKind.ENTERPRISE, own, "COMPLAINT_SUBSTANTIATED", "雁塔区市场监督管理局",
				"雁市监投〔2026〕3号", d("2026-03-02"), "投诉查实"), List.of());
		String ref = Long.toString(recordId);
		objections.openWindow(AuditActor.SYSTEM, new ObjectionWindow(TargetKind.CREDIT_RECORD, ref, SubjectKind.ENTERPRISE, own,
				"610113", d("2026-03-02"), d("2026-12-31")));

		long first = objections.file(qiye, new NewObjection(TargetKind.CREDIT_RECORD, ref, "投诉人已撤诉", "王经理", "13912345678"),
				List.of(), chinaMorning("2026-03-10"));
		assertThat(records.get(yanta, recordId).state()).isEqualTo(RecordState.UNDER_OBJECTION);
		objections.answer(yanta, first, Outcome.REJECTED, "撤诉不影响查实结论");
		assertThat(records.get(yanta, recordId).state()).isEqualTo(RecordState.ACTIVE);
		assertThat(records.history(yanta, recordId)).extracting(c -> c.to())
			.containsExactly(RecordState.ACTIVE, RecordState.UNDER_OBJECTION, RecordState.ACTIVE);
		assertThat(records.history(yanta, recordId).get(1).reason()).contains(Long.toString(first));

		long second = objections.file(qiye, new NewObjection(TargetKind.CREDIT_RECORD, ref, "文书号有误", "王经理", "13912345678"),
				List.of(), chinaMorning("2026-03-20"));
		objections.withdraw(qiye, second, "已核对无误");
		assertThat(records.get(yanta, recordId).state()).isEqualTo(RecordState.ACTIVE);

		long third = objections.file(qiye, new NewObjection(TargetKind.CREDIT_RECORD, ref, "主体认定错误", "王经理", "13912345678"),
				List.of(), chinaMorning("2026-03-23"));
		objections.answer(yanta, third, Outcome.UPHELD, "经核查，投诉对象为另一企业");
		assertThat(records.get(yanta, recordId).state()).as("left frozen for the record's owner to correct or revoke")
			.isEqualTo(RecordState.UNDER_OBJECTION);
	}

	@Test
	void filingAndAnsweringPublishTheirEventsWithTheTarget() {
		String ref = window(ref(), d("2025-09-01"), d("2025-12-31"));
		long id = objections.file(qiye, objection(ref), List.of(), chinaMorning("2025-09-26"));
		assertThat(events.stream(ObjectionFiled.class).filter(e -> e.objectionId() == id)).containsExactly(new ObjectionFiled(id,
				TargetKind.RATING_RESULT, ref, SubjectKind.ENTERPRISE, own, "610113", d("2025-10-13")));
		assertThat(objections.unansweredCount(TargetKind.RATING_RESULT, ref)).isEqualTo(1);
		objections.answer(yanta, id, Outcome.UPHELD, "投诉已撤销，更正后重新评价");
		assertThat(events.stream(ObjectionDecided.class).filter(e -> e.objectionId() == id)).containsExactly(new ObjectionDecided(id,
				TargetKind.RATING_RESULT, ref, SubjectKind.ENTERPRISE, own, "610113", Outcome.UPHELD));
		Objection answered = objections.get(qiye, id);
		assertThat(answered.answer()).isEqualTo("投诉已撤销，更正后重新评价");
		assertThat(answered.answeredByName()).isEqualTo("雁塔区商务局");
		assertThat(answered.answeredAt()).isNotNull();
		assertThat(objections.unansweredCount(TargetKind.RATING_RESULT, ref)).isZero();
		assertThat(objections.history(qiye, id)).extracting(StateChange::to)
			.containsExactly(ObjectionState.FILED, ObjectionState.UPHELD);
	}

	@Test
	void unansweredCountTakesThePrefixLiterally() {
		String run = "run:" + SEQUENCE.incrementAndGet() + "_x/";
		String a = window(run + "1", d("2025-09-01"), d("2025-12-31"));
		window(run + "2", d("2025-09-01"), d("2025-12-31"));
		objections.file(qiye, objection(a), List.of(), chinaMorning("2025-09-26"));
		assertThat(objections.unansweredCount(TargetKind.RATING_RESULT, run)).isEqualTo(1);
		assertThat(objections.unansweredCount(TargetKind.RATING_RESULT, run.replace("_", "%"))).isZero();
		assertThat(objections.unansweredCount(TargetKind.CREDIT_RECORD, run)).isZero();
		assertThat(objections.allAnswered(TargetKind.RATING_RESULT, List.of(run + "2"))).isTrue();
		assertThat(objections.allAnswered(TargetKind.RATING_RESULT, List.of(run + "1", run + "2"))).isFalse();
	}

	@Test
	void theQueueIsSortedByDeadlineAndFlagsWhatIsOverdue() {
		String early = window(ref(), d("2025-09-01"), d("2025-12-31"));
		String late = window(ref(), d("2025-09-01"), d("2025-12-31"));
		long lateId = objections.file(qiye, objection(late), List.of(), chinaMorning("2025-10-09"));
		long earlyId = objections.file(qiye, objection(early), List.of(), chinaMorning("2025-09-26"));
		// Deadlines 2025-10-13 and 2025-10-17 (from Thursday 10-09: 10-10 1, Saturday 10-11 (调休) 2, 10-13 3 … 10-17 7).
		assertThat(objections.get(yanta, lateId).answerDeadline()).isEqualTo(d("2025-10-17"));
		List<Objection> onDeadlineDay = objections.list(yanta, ObjectionFilter.WAITING, d("2025-10-13"), 0, 200).items();
		assertThat(onDeadlineDay).extracting(Objection::answerDeadline).isSorted();
		assertThat(onDeadlineDay).extracting(Objection::id).containsSubsequence(earlyId, lateId);
		assertThat(objections.get(yanta, earlyId).overdueOn(d("2025-10-13"))).isFalse();
		assertThat(objections.get(yanta, earlyId).overdueOn(d("2025-10-14"))).isTrue();
		List<Objection> overdue = objections.list(yanta, new ObjectionFilter(null, true, null), d("2025-10-14"), 0, 200).items();
		assertThat(overdue).extracting(Objection::id).contains(earlyId).doesNotContain(lateId);
		QueueCounts before = objections.counts(yanta, d("2025-10-13"));
		QueueCounts after = objections.counts(yanta, d("2025-10-14"));
		assertThat(after.overdue() - before.overdue()).isGreaterThanOrEqualTo(1);
		objections.answer(yanta, earlyId, Outcome.REJECTED, "逾期后答复");
		assertThat(objections.get(yanta, earlyId).overdueOn(d("2025-10-14"))).as("answered is never overdue").isFalse();
	}

	@Test
	void aRunRegistersItsWindowsAtOnceAndARepublicationMovesThem() {
		String run = "batch:" + SEQUENCE.incrementAndGet() + "/";
		List<ObjectionWindow> windows = new ArrayList<>();
		for (int i = 0; i < 2_500; i++) {
			windows.add(new ObjectionWindow(TargetKind.RATING_RESULT, run + i, SubjectKind.ENTERPRISE, i == 0 ? own : 900_000 + i,
					"610113", d("2025-09-26"), d("2025-10-23")));
		}
		windows.add(new ObjectionWindow(TargetKind.RATING_RESULT, run + 1, SubjectKind.ENTERPRISE, 900_001, "610113",
				d("2025-09-26"), d("2025-10-24")));
		objections.openWindow(AuditActor.SYSTEM, windows);
		assertThat(jdbc.sql("SELECT count(*) FROM objection.objection_window WHERE target_ref LIKE :p").param("p", run + "%")
			.query(Long.class).single()).isEqualTo(2_500);
		assertThat(objections.window(TargetKind.RATING_RESULT, run + 1).orElseThrow().closes()).as("the last one wins")
			.isEqualTo(d("2025-10-24"));
		assertThat(objections.window(TargetKind.RATING_RESULT, run + 2499).orElseThrow().enterpriseId()).isEqualTo(902_499L);

		objections.openWindow(AuditActor.SYSTEM, new ObjectionWindow(TargetKind.RATING_RESULT, run + 0, SubjectKind.ENTERPRISE, own,
				"610113", d("2025-11-03"), d("2025-11-24")));
		assertThat(objections.isWindowOpen(TargetKind.RATING_RESULT, run + 0, d("2025-10-01"))).isFalse();
		assertThat(objections.isWindowOpen(TargetKind.RATING_RESULT, run + 0, d("2025-11-24"))).isTrue();
		assertThat(objections.openWindows(qiye, d("2025-11-10"))).extracting(ObjectionWindow::targetRef).contains(run + 0);
	}

	@Test
	void theHistoryCannotBeChanged() {
		String ref = window(ref(), d("2025-09-01"), d("2025-12-31"));
		long id = objections.file(qiye, objection(ref), List.of(), chinaMorning("2025-09-26"));
		assertThatThrownBy(() -> jdbc.sql("UPDATE objection.state_change SET note = 'x' WHERE objection_id = :id")
			.param("id", id).update()).hasRootCauseMessage("ERROR: 异议处理记录只能追加，不能修改或删除\n"
					+ "  Hint: objection.state_change is append-only (UPDATE refused)\n"
					+ "  Where: PL/pgSQL function objection.refuse_change() line 3 at RAISE");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM objection.state_change WHERE objection_id = :id")
			.param("id", id).update()).rootCause().hasMessageContaining("DELETE refused");
		assertThat(objections.history(yanta, id)).hasSize(1);
	}
}
