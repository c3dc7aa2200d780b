package cn.jiazheng.credit.consent;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.EmploymentState;
import cn.jiazheng.credit.archive.Employments;
import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.archive.SharingConsent;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static cn.jiazheng.credit.consent.ConsentScope.CONSUMER_QUERIES;
import static cn.jiazheng.credit.consent.ConsentScope.PLATFORM_SHARING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 授权与撤回: a worker's consent is what their newest letter granted, overlaid by what they granted or
 * revoked since, and only they change it; the history is never rewritten. A worker without an account
 * confirms a binding through the letter the proposing enterprise uploads.
 */
@PlatformTest
class ConsentGrantTest {

	private static final byte[] PDF = "%PDF-1.7\n签名：张桂芳".getBytes(StandardCharsets.UTF_8);

	@Autowired
	Consents consents;

	@Autowired
	SharingConsent sharing;

	@Autowired
	Workers workers;

	@Autowired
	Employments employments;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private Actor anxin;

	private Actor haobangshou;

	private ResidentId id;

	private long workerId;

	private Actor worker;

	@BeforeEach
	void aWorkerOfAnxinWithHerOwnAccount() {
		DemoData.Cast cast = demo.seedCast();
		anxin = new Actor(5, "qiye", "安心家政", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), cast.demoEnterprise());
		haobangshou = new Actor(8, "qiye2", "好帮手", Role.ENTERPRISE_ADMIN, RegionCode.of("610103"), cast.otherEnterprise());
		id = cn.jiazheng.credit.archive.FreshResidentIds.of("610113", Gender.FEMALE);
		workerId = workers.register(anxin, "张桂芳", id.value(), null);
		worker = withAccount(workerId);
	}

	@Test
	void consentIsTheNewestLetterOverlaidByTheWorkersOwnChangesAndTheHistoryStays() {
		assertThat(consents.inForce(worker, workerId)).as("nothing before a letter").isEmpty();
		assertThat(sharing.allowsSharing(workerId)).isFalse();

		consents.fileLetter(anxin, workerId, PDF, EnumSet.of(PLATFORM_SHARING));
		assertThat(consents.inForce(worker, workerId)).containsExactly(PLATFORM_SHARING);
		assertThat(sharing.allowsSharing(workerId)).isTrue();

		consents.grant(worker, CONSUMER_QUERIES);
		consents.revoke(worker, PLATFORM_SHARING);
		assertThat(consents.inForce(anxin, workerId)).as("the enterprise reads the same state").containsExactly(CONSUMER_QUERIES);
		assertThat(sharing.allowsSharing(workerId)).as("a revoked sharing consent stops submissions").isFalse();
		assertThat(consents.allows(workerId, CONSUMER_QUERIES)).isTrue();

		consents.fileLetter(anxin, workerId, PDF, EnumSet.of(PLATFORM_SHARING));
		assertThat(sharing.allowsSharing(workerId)).as("a new letter grants it again").isTrue();
		assertThat(consents.inForce(worker, workerId)).as("the new letter leaves consumer queries out")
			.containsExactly(PLATFORM_SHARING);

		consents.revoke(worker, PLATFORM_SHARING);
		consents.grant(worker, PLATFORM_SHARING);
		assertThat(sharing.allowsSharing(workerId)).as("so does the worker's own grant").isTrue();
		consents.grant(worker, PLATFORM_SHARING);

		List<ConsentChange> history = consents.history(worker, workerId);
		assertThat(history).as("newest first; granting what is in force changes nothing")
			.extracting(ConsentChange::scope, ConsentChange::granted, ConsentChange::source)
			.containsExactly(tuple(PLATFORM_SHARING, true, ConsentSource.WORKER),
					tuple(PLATFORM_SHARING, false, ConsentSource.WORKER),
					tuple(CONSUMER_QUERIES, false, ConsentSource.LETTER), tuple(PLATFORM_SHARING, true, ConsentSource.LETTER),
					tuple(PLATFORM_SHARING, false, ConsentSource.WORKER), tuple(CONSUMER_QUERIES, true, ConsentSource.WORKER),
					tuple(CONSUMER_QUERIES, false, ConsentSource.LETTER), tuple(PLATFORM_SHARING, true, ConsentSource.LETTER));
		assertThat(audits("CONSENT_GRANT")).isEqualTo(2);
		assertThat(audits("CONSENT_REVOKE")).isEqualTo(2);
		assertThatThrownBy(() -> jdbc.sql("UPDATE consent.consent_change SET granted = true WHERE worker_id = :w")
			.param("w", workerId).update()).as("history is append-only").isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM consent.consent_change WHERE worker_id = :w")
			.param("w", workerId).update()).isInstanceOf(DataAccessException.class);
		assertThat(consents.history(worker, workerId)).hasSize(8);
	}

	@Test
	void sharingNeedsASignedLetterOnFileWhileConsumerQueriesAreTheWorkersOwnChoice() {
		assertThatThrownBy(() -> consents.grant(worker, PLATFORM_SHARING)).isInstanceOfSatisfying(ConflictException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("consent.change.letter-required"));
		consents.grant(worker, CONSUMER_QUERIES);
		assertThat(consents.inForce(worker, workerId)).containsExactly(CONSUMER_QUERIES);
		assertThat(sharing.allowsSharing(workerId)).isFalse();
	}

	@Test
	void onlyTheWorkerThemselfChangesTheirConsentAndOthersCannotReadIt() throws Exception {
		consents.fileLetter(anxin, workerId, PDF, EnumSet.allOf(ConsentScope.class));
		assertThatThrownBy(() -> consents.revoke(anxin, PLATFORM_SHARING)).isInstanceOf(AccessDeniedException.class);
		Actor regulator = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);
		assertThatThrownBy(() -> consents.revoke(regulator, PLATFORM_SHARING)).isInstanceOf(AccessDeniedException.class);
		Actor withoutFile = new Actor(777_777, "nobody-worker", "无档案", Role.WORKER, null, null);
		assertThatThrownBy(() -> consents.revoke(withoutFile, PLATFORM_SHARING)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> consents.inForce(withoutFile, workerId)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> consents.history(haobangshou, workerId)).as("another enterprise")
			.isInstanceOf(NotFoundException.class);
		long otherWorker = workers.register(anxin, "李春梅", cn.jiazheng.credit.archive.FreshResidentIds.of("610113", Gender.FEMALE).value(), null);
		Actor other = withAccount(otherWorker);
		assertThatThrownBy(() -> consents.inForce(other, workerId)).as("another worker").isInstanceOf(NotFoundException.class);
		consents.grant(other, CONSUMER_QUERIES);
		assertThat(consents.inForce(other, otherWorker)).as("her own file only").containsExactly(CONSUMER_QUERIES);

		mvc.perform(post("/me/consents/revocations").param("scope", "PLATFORM_SHARING").param("confirm", "true")
			.with(csrf()).with(as(anxin))).andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(403));
		mvc.perform(post("/me/consents/grants").param("scope", "CONSUMER_QUERIES").with(csrf()).with(as(regulator)))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(403));
		mvc.perform(get("/api/v1/workers/" + workerId + "/consents").with(as(haobangshou)))
			.andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(404));
		assertThat(consents.inForce(worker, workerId)).containsExactlyInAnyOrder(PLATFORM_SHARING, CONSUMER_QUERIES);
	}

	@Test
	void theWorkersPageExplainsEachConsentAndRevokesOnlyOnceConfirmed() throws Exception {
		consents.fileLetter(anxin, workerId, PDF, EnumSet.of(PLATFORM_SHARING));
		String page = mvc.perform(get("/me/consents").with(as(worker))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("主管部门可以接收和查看您的档案").contains("家庭（消费者）在平台上查询您的信用信息")
			.contains("已经提交的档案及其历史记录仍然保留").contains("撤回授权").contains("PDF 文件");

		String refused = mvc.perform(post("/me/consents/revocations").param("scope", "PLATFORM_SHARING")
			.with(csrf()).with(as(worker))).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("请勾选“确认撤回”后再撤回授权");
		assertThat(sharing.allowsSharing(workerId)).as("not revoked without the confirmation").isTrue();

		mvc.perform(post("/me/consents/revocations").param("scope", "PLATFORM_SHARING").param("confirm", "true")
			.with(csrf()).with(as(worker)))
			.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/me/consents"));
		assertThat(sharing.allowsSharing(workerId)).isFalse();
		mvc.perform(post("/me/consents/grants").param("scope", "PLATFORM_SHARING").with(csrf()).with(as(worker)))
			.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/me/consents"));
		assertThat(sharing.allowsSharing(workerId)).isTrue();

		String json = mvc.perform(get("/api/v1/workers/" + workerId + "/consents").with(as(anxin)))
			.andReturn().getResponse().getContentAsString();
		assertThat(json).contains("\"inForce\":[\"PLATFORM_SHARING\"]").contains("\"source\":\"WORKER\"");
		assertThat(mvc.perform(get("/me").with(as(worker))).andReturn().getResponse().getContentAsString())
			.as("the worker's own page leads there").contains("href=\"/me/consents\"");
	}

	@Test
	void theProposingEnterpriseConfirmsForAWorkerWithoutAnAccountThroughTheLetterAndTheFileMoves() {
		ResidentId noAccountId = cn.jiazheng.credit.archive.FreshResidentIds.of("610113", Gender.FEMALE);
		long noAccount = workers.register(anxin, "刘翠兰", noAccountId.value(), null);
		long proposal = employments.propose(haobangshou, noAccountId.value());
		assertThat(employments.pendingProposal(haobangshou, proposal)).hasValueSatisfying(
				m -> assertThat(m.workerHasAccount()).isFalse());
		assertThat(employments.pendingProposal(anxin, proposal)).as("not anxin's proposal").isEmpty();

		assertThatThrownBy(() -> consents.fileLetterForProposal(anxin, proposal, PDF, EnumSet.of(PLATFORM_SHARING)))
			.as("another enterprise's proposal").isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> consents.fileLetterForProposal(haobangshou, proposal,
				"<html>".getBytes(StandardCharsets.UTF_8), EnumSet.of(PLATFORM_SHARING)))
			.isInstanceOf(InvalidValueException.class);
		assertThat(state(proposal)).as("a refused letter confirms nothing").isEqualTo("PROPOSED");
		assertThatThrownBy(() -> workers.get(haobangshou, noAccount)).isInstanceOf(NotFoundException.class);

		long letter = consents.fileLetterForProposal(haobangshou, proposal, PDF, EnumSet.of(PLATFORM_SHARING));
		assertThat(state(proposal)).isEqualTo(EmploymentState.ACTIVE.name());
		assertThat(workers.get(haobangshou, noAccount).regionCode()).as("the file moved to the new employer")
			.isEqualTo("610103");
		assertThatThrownBy(() -> workers.get(anxin, noAccount)).as("the previous employer lost it")
			.isInstanceOf(NotFoundException.class);
		assertThat(jdbc.sql("SELECT enterprise_id FROM consent.authorisation_letter WHERE id = :id").param("id", letter)
			.query(Long.class).single()).isEqualTo(haobangshou.enterpriseId());
		assertThat(consents.letters(haobangshou, noAccount)).extracting(AuthorisationLetter::id).containsExactly(letter);
		assertThat(sharing.allowsSharing(noAccount)).isTrue();
		assertThat(count("EMPLOYMENT_CONFIRM_BY_LETTER", noAccount)).isEqualTo(1);
		assertThat(count("CONSENT_LETTER_FILE", noAccount)).isEqualTo(1);
		assertThatThrownBy(() -> consents.fileLetterForProposal(haobangshou, proposal, PDF, EnumSet.of(PLATFORM_SHARING)))
			.as("no longer pending").isInstanceOf(NotFoundException.class);
	}

	@Test
	void aWorkerWithAnAccountConfirmsThemselfAndTheLetterPathIsRefused() throws Exception {
		long proposal = employments.propose(haobangshou, id.value());
		long letters = letterCount();
		assertThatThrownBy(() -> consents.fileLetterForProposal(haobangshou, proposal, PDF, EnumSet.of(PLATFORM_SHARING)))
			.isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("consent.proposal.has-account"));
		assertThatThrownBy(() -> employments.confirmByLetter(haobangshou, proposal))
			.as("the archive refuses it too").isInstanceOf(ConflictException.class);
		String page = mvc.perform(multipart("/employments/" + proposal + "/authorisation-letter")
			.file(new MockMultipartFile("file", "授权书.pdf", "application/pdf", PDF))
			.param("scopes", "PLATFORM_SHARING")
			.with(csrf())
			.with(as(haobangshou))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("已有本人账号，须由本人登录确认绑定");
		assertThat(letterCount()).as("nothing stored").isEqualTo(letters);
		assertThat(state(proposal)).isEqualTo("PROPOSED");
		assertThat(workers.get(anxin, workerId).enterpriseId()).isEqualTo(anxin.enterpriseId());
	}

	@Test
	void theEmploymentsPageOffersTheUploadOnlyForWorkersWithoutAnAccount() throws Exception {
		ResidentId noAccountId = cn.jiazheng.credit.archive.FreshResidentIds.of("610113", Gender.FEMALE);
		long noAccount = workers.register(anxin, "赵玉兰", noAccountId.value(), null);
		long withLetter = employments.propose(haobangshou, noAccountId.value());
		long selfConfirm = employments.propose(haobangshou, id.value());
		String page = mvc.perform(get("/employments").with(as(haobangshou))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("/employments/" + withLetter + "/authorisation-letter")
			.doesNotContain("/employments/" + selfConfirm + "/authorisation-letter");
		mvc.perform(multipart("/employments/" + withLetter + "/authorisation-letter")
			.file(new MockMultipartFile("file", "授权书.pdf", "application/pdf", PDF))
			.param("scopes", "PLATFORM_SHARING", "CONSUMER_QUERIES")
			.with(csrf())
			.with(as(haobangshou)))
			.andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/employments"));
		assertThat(consents.inForce(haobangshou, noAccount)).containsExactlyInAnyOrder(PLATFORM_SHARING, CONSUMER_QUERIES);
	}

	private Actor withAccount(long worker) {
		long account = 800_000 + worker;
		jdbc.sql("UPDATE archive.worker SET account_id = :a WHERE id = :id").param("a", account).param("id", worker).update();
		return new Actor(account, "worker" + worker, "服务员", Role.WORKER, null, null);
	}

	private static RequestPostProcessor as(Actor actor) {
		return SecurityMockMvcRequestPostProcessors.authentication(new UsernamePasswordAuthenticationToken(actor, null,
				List.of(new SimpleGrantedAuthority(actor.role().authority()))));
	}

	private String state(long employment) {
		return jdbc.sql("SELECT state FROM archive.employment WHERE id = :id").param("id", employment).query(String.class)
			.single();
	}

	private long letterCount() {
		return jdbc.sql("SELECT count(*) FROM consent.authorisation_letter").query(Long.class).single();
	}

	private long audits(String action) {
		return count(action, workerId);
	}

	private long count(String action, long worker) {
		return jdbc.sql("SELECT count(*) FROM audit.entry WHERE action = :a AND target_type = 'worker' AND target_id = :id")
			.param("a", action)
			.param("id", Long.toString(worker))
			.query(Long.class)
			.single();
	}
}
