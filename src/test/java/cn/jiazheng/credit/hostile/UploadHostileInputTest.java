package cn.jiazheng.credit.hostile;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import cn.jiazheng.credit.PlatformTest;
import jakarta.servlet.http.Cookie;
import cn.jiazheng.credit.archive.FreshResidentIds;
import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.MatrixFixtures;
import cn.jiazheng.credit.objection.ObjectionWindow;
import cn.jiazheng.credit.objection.Objections;
import cn.jiazheng.credit.objection.TargetKind;
import cn.jiazheng.credit.record.CreditRecords;
import cn.jiazheng.credit.record.NewRecord;
import cn.jiazheng.credit.record.SubjectKind;
import cn.jiazheng.credit.region.RegionCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Supporting documents over the application's own size limit, or not what their name says (a web page
 * named .pdf), are refused with a 400 naming the field and the rule, and nothing is stored: record
 * evidence, objection papers, authorisation letters and worker photos. (The servlet container's multipart
 * limit, which MockMvc does not apply, is {@link MultipartLimitHostileInputTest}'s.)
 */
@PlatformTest
class UploadHostileInputTest {

	/** 5 MB, the default limit of evidence, objection papers and letters. */
	private static final int DOCUMENT_LIMIT = 5 * 1024 * 1024;

	private static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
		.getBytes(StandardCharsets.UTF_8);

	private static final Actor YANTA = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);

	@Autowired
	MockMvc mvc;

	@Autowired
	MatrixFixtures fixtures;

	@Autowired
	DemoData demo;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Workers workers;

	@Autowired
	CreditRecords records;

	@Autowired
	Objections objections;

	private long own;

	private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@BeforeEach
	void cast() {
		fixtures.prepare();
		own = demo.seedCast().demoEnterprise();
	}

	@Test
	void recordEvidenceOverTheLimitOrAWebPageNamedPdfIsRefused() throws Exception {
		String json = "{\"subjectKind\":\"ENTERPRISE\",\"subjectId\":" + own + ",\"typeCode\":\"ADMIN_PENALTY_GENERAL\","
				+ "\"sourceOrganisation\":\"雁塔区市场监督管理局\",\"documentNumber\":\"雁市监罚〔2026〕1号\",\"decisionDate\":\"" + today
				+ "\",\"summary\":\"未公示收费标准\"}";
		long records = count("record.credit_record");
		long attachments = count("record.attachment");
		for (MockMultipartFile evidence : List.of(pdf("attachments", "决定书.pdf", DOCUMENT_LIMIT + 1), html("attachments", "决定书.pdf"))) {
			MockHttpServletResponse response = send(multipart("/api/v1/records")
				.file(new MockMultipartFile("record", "", "application/json", json.getBytes(StandardCharsets.UTF_8)))
				.file(evidence), "yanta");
			assertRefused(response, "attachments", evidence.getSize() > DOCUMENT_LIMIT ? "证据材料“决定书.pdf”超过 5 MB"
					: "证据材料“决定书.pdf”不是 PDF、JPEG 或 PNG 文件（按文件内容判断）");
		}
		long record = this.records.add(YANTA, new NewRecord(SubjectKind.ENTERPRISE, own, "HONOUR", "雁塔区商务局", "雁商表〔2026〕1号",
				today, "表彰"), List.of());
		assertRefused(send(multipart("/api/v1/records/" + record + "/attachments").file(html("file", "补充.pdf")), "yanta"),
				"attachments", "不是 PDF、JPEG 或 PNG 文件");
		assertThat(count("record.credit_record")).isEqualTo(records + 1);
		assertThat(count("record.attachment")).isEqualTo(attachments);
	}

	@Test
	void objectionPapersOverTheLimitOrAWebPageNamedPdfAreRefused() throws Exception {
		long record = records.add(YANTA, new NewRecord(SubjectKind.ENTERPRISE, own, "COMPLAINT_SUBSTANTIATED", "雁塔区市场监督管理局",
				"雁市监投〔2026〕9号", today.minusDays(2), "投诉查实"), List.of());
		objections.openWindow(AuditActor.SYSTEM, new ObjectionWindow(TargetKind.CREDIT_RECORD, Long.toString(record), SubjectKind.ENTERPRISE,
				own, "610113", today.minusDays(2), today.plusDays(30)));
		String json = "{\"targetKind\":\"CREDIT_RECORD\",\"targetRef\":\"" + record + "\",\"reason\":\"投诉人已撤诉\","
				+ "\"contactName\":\"王经理\",\"contactPhone\":\"13912345678\"}";
		long filed = count("objection.objection");
		long papers = count("objection.attachment");
		for (MockMultipartFile paper : List.of(pdf("attachments", "撤诉书.pdf", DOCUMENT_LIMIT + 1), html("attachments", "撤诉书.pdf"))) {
			MockHttpServletResponse response = send(multipart("/api/v1/objections")
				.file(new MockMultipartFile("objection", "", "application/json", json.getBytes(StandardCharsets.UTF_8)))
				.file(paper), "qiye");
			assertRefused(response, "attachments", paper.getSize() > DOCUMENT_LIMIT ? "证明材料“撤诉书.pdf”超过 5 MB"
					: "证明材料“撤诉书.pdf”不是 PDF、JPEG 或 PNG 文件（按文件内容判断）");
		}
		assertThat(count("objection.objection")).isEqualTo(filed);
		assertThat(count("objection.attachment")).isEqualTo(papers);
		assertThat(records.get(YANTA, record).state().name()).as("no objection, no freeze").isEqualTo("ACTIVE");
	}

	@Test
	void authorisationLettersOverTheLimitOrAWebPageNamedPdfAreRefused() throws Exception {
		Actor staff = new Actor(6, "qiye-staff", "前台", Role.ENTERPRISE_STAFF, RegionCode.of("610113"), own);
		long worker = workers.register(staff, "王秀兰", FreshResidentIds.of("610113", Gender.FEMALE).value(), null);
		long letters = count("consent.authorisation_letter");
		assertRefused(send(multipart("/api/v1/workers/" + worker + "/authorisation-letters").file(pdf("file", "授权书.pdf", DOCUMENT_LIMIT + 1))
			.param("scopes", "PLATFORM_SHARING"), "qiye-staff"), "file", "授权书文件不能超过 5 MB");
		assertRefused(send(multipart("/api/v1/workers/" + worker + "/authorisation-letters").file(html("file", "授权书.pdf"))
			.param("scopes", "PLATFORM_SHARING"), "qiye-staff"), "file", "授权书须为 PDF、JPG 或 PNG 文件（按文件内容核验）");
		String page = send(multipart("/workers/" + worker + "/consents").file(pdf("file", "授权书.pdf", DOCUMENT_LIMIT + 1))
			.param("scopes", "PLATFORM_SHARING"), "qiye-staff").getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("授权书文件不能超过 5 MB");
		assertThat(count("consent.authorisation_letter")).isEqualTo(letters);
	}

	/** The photo form answers on the worker's page (post, redirect, get), with the rule named there. */
	@Test
	void workerPhotosOverTheLimitOrNotAnImageAreRefused() throws Exception {
		Actor staff = new Actor(6, "qiye-staff", "前台", Role.ENTERPRISE_STAFF, RegionCode.of("610113"), own);
		long worker = workers.register(staff, "王秀兰", FreshResidentIds.of("610113", Gender.FEMALE).value(), null);
		byte[] png = Arrays.copyOf(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A }, 2 * 1024 * 1024 + 1);
		for (var photo : List.of(new MockMultipartFile("photo", "me.png", "image/png", png), html("photo", "me.png"))) {
			var result = mvc.perform(multipart("/workers/" + worker + "/photo").file(photo).with(csrf()).with(as("qiye-staff")))
				.andReturn();
			assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/workers/" + worker);
			// The flash message lives in the (JDBC) session, which the browser would find again by its cookie.
			Cookie session = result.getResponse().getCookie("SESSION");
			assertThat(session).isNotNull();
			String page = mvc.perform(get("/workers/" + worker).cookie(session).with(as("qiye-staff"))).andReturn().getResponse()
				.getContentAsString(StandardCharsets.UTF_8);
			assertThat(page).contains(photo.getSize() > 2 * 1024 * 1024 ? "照片不能超过 2 MB" : "照片须为 JPEG 或 PNG 图片（按文件内容判断，而非文件名）");
		}
		assertThat(jdbc.sql("SELECT count(*) FROM archive.worker_photo WHERE worker_id = :w").param("w", worker).query(Long.class).single())
			.isZero();
	}

	private MockHttpServletResponse send(AbstractMockHttpServletRequestBuilder<?> request, String account) throws Exception {
		return mvc.perform(request.with(csrf()).with(as(account))).andReturn().getResponse();
	}

	/** The demo account's session, for the multipart builders that {@link MatrixFixtures#asAccount} does not take. */
	private RequestPostProcessor as(String account) {
		var authenticated = fixtures.asAccount(get("/"), account);
		return authenticated::postProcessRequest;
	}

	private static void assertRefused(MockHttpServletResponse response, String field, String message) throws Exception {
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(body).isEqualTo(400);
		assertThat(body).contains("\"field\":\"" + field + "\"").contains(message);
	}

	private long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	private static MockMultipartFile pdf(String part, String name, int size) {
		byte[] content = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), size);
		return new MockMultipartFile(part, name, "application/pdf", content);
	}

	private static MockMultipartFile html(String part, String name) {
		return new MockMultipartFile(part, name, "application/pdf", HTML);
	}
}
