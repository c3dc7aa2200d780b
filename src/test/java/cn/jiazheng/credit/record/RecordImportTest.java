package cn.jiazheng.credit.record;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.FreshResidentIds;
import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.MatrixFixtures;
import cn.jiazheng.credit.importing.ImportBatch;
import cn.jiazheng.credit.importing.ImportRow;
import cn.jiazheng.credit.importing.ImportRowStatus;
import cn.jiazheng.credit.importing.ImportState;
import cn.jiazheng.credit.importing.Imports;
import cn.jiazheng.credit.region.RegionCode;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * 批量导入信用信息: a regulator enters credit records from a spreadsheet (XLSX or CSV) with the pattern of the
 * file import: every row checked by the rules of a single entry before anything is saved, errors naming
 * field and rule, 全部不导入 or 仅导入有效行, no duplicates on re-import, the territory per row, ID numbers never
 * staged in clear, and each saved record published like a single entry.
 */
@PlatformTest
@RecordApplicationEvents
class RecordImportTest {

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private static final String HEADER = "主体类别,统一社会信用代码或居民身份证号码,信用信息类型代码,失信程度,来源单位,决定文书号,决定日期（年-月-日）,内容摘要";

	@Autowired
	Imports imports;

	@Autowired
	CreditRecords records;

	@Autowired
	EnterpriseFiles enterprises;

	@Autowired
	Workers workers;

	@Autowired
	DemoData demo;

	@Autowired
	MatrixFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	private final Actor yanta = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);

	private final Actor beilin = new Actor(4, "beilin", "碑林区商务局", Role.REGULATOR, RegionCode.of("610103"), null);

	private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	private long own;

	private String ownCode;

	private String otherCode;

	@BeforeEach
	void cast() {
		fixtures.prepare();
		DemoData.Cast cast = demo.seedCast();
		own = cast.demoEnterprise();
		ownCode = enterprises.get(yanta, own).creditCode().value();
		otherCode = enterprises.get(beilin, cast.otherEnterprise()).creditCode().value();
	}

	@Test
	void aCsvIsCheckedThenImportedAsSingleEntriesAndAReimportDuplicatesNothing() throws IOException {
		String penalty = document();
		String honour = document();
		ResidentId person = FreshResidentIds.of("610113", Gender.FEMALE);
		long worker = aWorker(person);
		String workerDocument = document();
		ImportBatch batch = upload(csv(
				row("ENTERPRISE", ownCode, "ADMIN_PENALTY_GENERAL", "GENERAL", penalty, today.minusDays(20)),
				row("家政企业", ownCode.toLowerCase(), "荣誉表彰", "", honour, today.minusDays(3)),
				row("WORKER", person.value(), "TRAINING_COMPLETED", "NONE", workerDocument, today.minusDays(1))), "信用信息.csv");
		assertThat(batch.state()).isEqualTo(ImportState.VALIDATED);
		assertThat(batch.totalRows()).isEqualTo(3);
		assertThat(batch.validRows()).isEqualTo(3);
		assertThat(saved(penalty) + saved(honour) + saved(workerDocument)).as("nothing is saved before the choice").isZero();

		ImportBatch applied = imports.apply(yanta, batch.id(), ZH);
		assertThat(applied.state()).isEqualTo(ImportState.APPLIED);
		assertThat(applied.appliedRows()).isEqualTo(3);
		CreditRecord record = only(penalty);
		assertThat(record.subjectId()).isEqualTo(own);
		assertThat(record.severity()).isEqualTo(Severity.GENERAL);
		assertThat(record.decisionDate()).isEqualTo(today.minusDays(20));
		assertThat(record.publicity().maxEnd()).isEqualTo(today.minusDays(20).plusYears(1));
		assertThat(only(honour).typeCode()).isEqualTo("HONOUR");
		assertThat(only(workerDocument).subjectId()).isEqualTo(worker);
		// Each record is entered as a single entry is: its event (the subject will be re-rated) and its audit entry.
		assertThat(events.stream(CreditRecordChanged.class).filter(e -> e.recordId() == record.id()))
			.containsExactly(new CreditRecordChanged(record.id(), SubjectKind.ENTERPRISE, own, "ADMIN_PENALTY_GENERAL", null,
					RecordState.ACTIVE));
		assertThat(events.stream(CreditRecordChanged.class).filter(e -> e.subjectKind() == SubjectKind.WORKER && e.subjectId() == worker))
			.hasSize(1);
		assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE action = 'RECORD_ADD' AND target_id = ?")
			.param(Long.toString(record.id())).query(Long.class).single()).isEqualTo(1);

		ImportBatch again = upload(csv(
				row("ENTERPRISE", ownCode, "ADMIN_PENALTY_GENERAL", "GENERAL", penalty, today.minusDays(20)),
				row("家政企业", ownCode.toLowerCase(), "荣誉表彰", "", honour, today.minusDays(3)),
				row("WORKER", person.value(), "TRAINING_COMPLETED", "NONE", workerDocument, today.minusDays(1))), "信用信息.csv");
		assertThat(again.validRows()).isZero();
		assertThat(again.registeredRows()).isEqualTo(3);
		assertThat(imports.sameFileAs(yanta, again.id())).hasValue(batch.id());
		assertThat(imports.rows(yanta, again.id(), true, 0, 10)).extracting(ImportRow::error)
			.allSatisfy(error -> assertThat(error).contains("已有信用信息，本行跳过"));
		imports.apply(yanta, again.id(), ZH);
		assertThat(saved(penalty) + saved(honour) + saved(workerDocument)).isEqualTo(3);
	}

	@Test
	void anXlsxFromTheTemplateIsImportedThroughThePagesWithTheEvidenceNote() throws Exception {
		byte[] template = mvc.perform(as(get("/records/import/template.xlsx"))).andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
			List<Sheet> sheets = workbook.getSheets().toList();
			List<String> header = new ArrayList<>();
			sheets.get(0).read().get(0).forEach(cell -> header.add(cell.getText()));
			assertThat(String.join(",", header)).isEqualTo(HEADER);
			assertThat(sheets).as("a sheet of codes behind the drop-downs").hasSize(2);
			List<String> codes = new ArrayList<>();
			sheets.get(1).read().forEach(r -> r.forEach(cell -> codes.add(cell == null ? "" : cell.getText())));
			assertThat(codes).contains("ENTERPRISE", "WORKER", "ADMIN_PENALTY_SERIOUS", "行政处罚（严重）", "SERIOUS", "严重");
		}
		// The template's example row is refused, so that an unedited template enters nothing.
		ImportBatch example = imports.upload(yanta, "RECORD", "模板.xlsx", temp(template), ZH);
		assertThat(example.errorRows()).isEqualTo(1);
		assertThat(imports.rows(yanta, example.id(), true, 0, 1).get(0).error()).startsWith("内容摘要：这是模板的示例行");
		imports.discard(yanta, example.id());

		String document = document();
		byte[] xlsx = xlsx(List.of("ENTERPRISE", ownCode, "ABNORMAL_OPERATION", "一般", "西安市雁塔区市场监督管理局", document,
				today.minusDays(7).toString(), "通过登记的住所无法联系"));
		MvcResult uploaded = mvc.perform(multipart("/records/imports")
			.file(new MockMultipartFile("file", "异常名录.xlsx", "application/octet-stream", xlsx)).with(csrf()).with(signedIn(yanta, "REGULATOR")))
			.andReturn();
		assertThat(uploaded.getResponse().getStatus()).isEqualTo(302);
		String location = uploaded.getResponse().getRedirectedUrl();
		assertThat(location).matches("/records/imports/\\d+");
		String page = mvc.perform(as(get(location))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("仅导入有效行").contains("全部不导入").contains("progress-bar").contains("/js/progress.js");
		String list = mvc.perform(as(get("/records/imports"))).andReturn().getResponse().getContentAsString();
		assertThat(list).contains("批量导入信用信息").contains("证据材料不在表格中导入").contains("异常名录.xlsx");
		assertThat(mvc.perform(as(get("/records"))).andReturn().getResponse().getContentAsString()).contains("/records/imports");

		assertThat(mvc.perform(as(post(location + "/application").param("confirm", "true").with(csrf()))).andReturn()
			.getResponse().getStatus()).isEqualTo(302);
		CreditRecord record = only(document);
		assertThat(record.typeCode()).isEqualTo("ABNORMAL_OPERATION");
		assertThat(record.sourceOrganisation()).isEqualTo("西安市雁塔区市场监督管理局");
		assertThat(records.attachments(yanta, record.id())).isEmpty();
	}

	@Test
	void rowsBreakingTheEntryRulesAreReportedByFieldAndRuleAndNothingIsSavedWhenNothingIsImported() throws IOException {
		String good = document();
		String badCode = document();
		String unknownType = document();
		String future = document();
		String wrongSeverity = document();
		ImportBatch batch = upload(csv(row("ENTERPRISE", ownCode, "INSPECTION_FAILED", "", good, today.minusDays(2)),
				row("ENTERPRISE", ownCode.substring(0, 17) + (ownCode.endsWith("0") ? "1" : "0"), "INSPECTION_FAILED", "", badCode,
						today.minusDays(2)),
				row("ENTERPRISE", ownCode, "LATE_TAX", "", unknownType, today.minusDays(2)),
				row("ENTERPRISE", ownCode, "INSPECTION_FAILED", "", future, today.plusDays(1)),
				row("ENTERPRISE", ownCode, "INSPECTION_FAILED", "SERIOUS", wrongSeverity, today.minusDays(2)),
				row("ENTERPRISE", otherCode, "INSPECTION_FAILED", "", document(), today.minusDays(2))), "有错误.csv");
		assertThat(batch.validRows()).isEqualTo(1);
		assertThat(batch.errorRows()).isEqualTo(5);
		List<String> errors = imports.rows(yanta, batch.id(), true, 0, 10).stream().map(ImportRow::error).toList();
		assertThat(errors).containsExactly(
				"统一社会信用代码或居民身份证号码：统一社会信用代码无效：应为 18 位且校验码正确（GB 32100-2015）",
				"信用信息类型：信用信息类型“LATE_TAX”不存在或已停用",
				"决定日期：决定日期不能晚于今天",
				"失信程度：类型 INSPECTION_FAILED 的失信程度由信用信息类型目录确定为“轻微”，与填写的不符（可留空）",
				// 碑林区's enterprise does not exist for 雁塔区's regulator: the territory is checked row by row.
				"统一社会信用代码或居民身份证号码：在您的辖区内没有找到该主体");

		ImportBatch discarded = imports.discard(yanta, batch.id());
		assertThat(discarded.state()).isEqualTo(ImportState.DISCARDED);
		assertThat(saved(good) + saved(badCode) + saved(unknownType) + saved(future) + saved(wrongSeverity)).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM importing.import_row WHERE batch_id = ?").param(batch.id()).query(Long.class).single())
			.isZero();
	}

	@Test
	void importingOnlyTheValidRowsSavesExactlyThose() throws IOException {
		String good = document();
		String second = document();
		String bad = document();
		ImportBatch batch = upload(csv(row("ENTERPRISE", ownCode, "COMPLAINT_SUBSTANTIATED", "", good, today.minusDays(5)),
				row("ENTERPRISE", ownCode, "TRAINING_COMPLETED", "", bad, today.minusDays(5)),
				row("ENTERPRISE", ownCode, "COMPLAINT_SUBSTANTIATED", "", good, today.minusDays(4)),
				row("ENTERPRISE", ownCode, "INSPECTION_PASSED", "NONE", second, today.minusDays(5))), "部分有效.csv");
		assertThat(batch.validRows()).isEqualTo(2);
		assertThat(batch.errorRows()).isEqualTo(1);
		assertThat(batch.repeatedRows()).isEqualTo(1);
		assertThat(imports.rows(yanta, batch.id(), true, 0, 10)).extracting(ImportRow::error).containsExactly(
				"信用信息类型：信用信息类型 TRAINING_COMPLETED 不适用于家政企业",
				"“" + ownCode + " / COMPLAINT_SUBSTANTIATED / " + good + "”（主体 / 类型 / 文书号）与本文件第 2 行重复，本行跳过");
		imports.apply(yanta, batch.id(), ZH);
		assertThat(saved(good)).isEqualTo(1);
		assertThat(only(good).decisionDate()).isEqualTo(today.minusDays(5));
		assertThat(saved(second)).isEqualTo(1);
		assertThat(saved(bad)).isZero();
	}

	@Test
	void aWorkersIdNumberIsStagedOnlySealedAndShownMasked() throws Exception {
		ResidentId person = FreshResidentIds.of("610113", Gender.MALE);
		aWorker(person);
		ResidentId stranger = FreshResidentIds.of("610113", Gender.FEMALE);
		ImportBatch batch = upload(csv(row("WORKER", person.value(), "BACKGROUND_NOT_CLEAR", "", document(), today.minusDays(1)),
				row("WORKER", stranger.value(), "BACKGROUND_NOT_CLEAR", "", document(), today.minusDays(1))), "服务员.csv");
		assertThat(batch.validRows()).isEqualTo(1);
		StringBuilder raw = new StringBuilder();
		jdbc.sql("SELECT t::text FROM importing.import_row t WHERE batch_id = ?").param(batch.id()).query(String.class).list()
			.forEach(raw::append);
		jdbc.sql("SELECT t::text FROM importing.import_batch t WHERE id = ?").param(batch.id()).query(String.class).list()
			.forEach(raw::append);
		assertThat(raw).as("the batch and its rows were read").contains("服务员.csv").contains("VALID");
		for (ResidentId id : List.of(person, stranger)) {
			assertThat(raw.toString()).doesNotContain(id.value()).doesNotContain(id.value().substring(6, 14));
		}
		List<ImportRow> rows = imports.rows(yanta, batch.id(), false, 0, 10);
		assertThat(rows).extracting(r -> r.values().get("subjectCode")).containsExactly(person.masked(), stranger.masked());
		assertThat(rows.get(1).key()).startsWith(stranger.masked() + " / ");
		byte[] report = mvc.perform(as(get("/records/imports/{id}/report.xlsx", batch.id()))).andReturn().getResponse()
			.getContentAsByteArray();
		StringBuilder text = new StringBuilder();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(report))) {
			workbook.getFirstSheet().read().forEach(r -> r.forEach(cell -> text.append(cell == null ? "" : cell.getText()).append('|')));
		}
		assertThat(text).contains(person.masked()).contains("在您的辖区内没有找到该主体");
		assertThat(text.toString()).doesNotContain(person.value()).doesNotContain(stranger.value());
		imports.discard(yanta, batch.id());
	}

	@Test
	void theApiServesTheRecordKindToRegulatorsOnly() throws Exception {
		String document = document();
		byte[] csv = csvBytes(row("ENTERPRISE", ownCode, "RECTIFICATION_OVERDUE", "", document, today.minusDays(9)));
		MvcResult created = mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "api.csv", "text/csv", csv))
			.param("kind", "RECORD").with(csrf()).with(signedIn(yanta, "REGULATOR"))).andReturn();
		assertThat(created.getResponse().getStatus()).isEqualTo(201);
		assertThat(created.getResponse().getContentAsString()).contains("\"kind\":\"RECORD\"").contains("\"validRows\":1");
		Actor qiye = new Actor(5, "qiye", "企业管理员", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), own);
		assertThat(mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "api.csv", "text/csv", csv))
			.param("kind", "RECORD").with(csrf()).with(signedIn(qiye, "ENTERPRISE_ADMIN"))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		assertThat(mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "api.csv", "text/csv", csv))
			.param("kind", "NOTHING").with(csrf()).with(signedIn(yanta, "REGULATOR"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("导入类别“NOTHING”不存在");
		assertThat(saved(document)).isZero();
	}

	// --- helpers ---

	private long aWorker(ResidentId person) {
		Actor keeper = new Actor(0, "qiye", "企业", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), own);
		return workers.register(keeper, "导入测试服务员", person.value(), null);
	}

	private static String document() {
		return "雁市监罚〔2026〕" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L) + "号";
	}

	private static String row(String kind, String code, String type, String severity, String document, LocalDate decision) {
		return String.join(",", kind, code, type, severity, "西安市雁塔区市场监督管理局", document, decision.toString(), "导入测试摘要");
	}

	private static byte[] csvBytes(String... rows) {
		return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	private static Path csv(String... rows) throws IOException {
		return temp(csvBytes(rows));
	}

	private static byte[] xlsx(List<String> row) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("信用信息");
		String[] header = HEADER.split(",");
		for (int c = 0; c < header.length; c++) {
			sheet.value(0, c, header[c]);
			sheet.value(1, c, row.get(c));
		}
		workbook.finish();
		return out.toByteArray();
	}

	private static Path temp(byte[] content) throws IOException {
		Path file = Files.createTempFile("record-import-", ".upload");
		Files.write(file, content);
		file.toFile().deleteOnExit();
		return file;
	}

	private ImportBatch upload(Path file, String name) {
		try {
			return imports.upload(yanta, "RECORD", name, file, ZH);
		}
		finally {
			file.toFile().delete();
		}
	}

	private long saved(String document) {
		return jdbc.sql("SELECT count(*) FROM record.credit_record WHERE document_number = ?").param(document).query(Long.class).single();
	}

	private CreditRecord only(String document) {
		long id = jdbc.sql("SELECT id FROM record.credit_record WHERE document_number = ?").param(document).query(Long.class).single();
		return records.get(yanta, id);
	}

	private static RequestPostProcessor signedIn(Actor actor, String role) {
		return authentication(new UsernamePasswordAuthenticationToken(actor, null, List.of(new SimpleGrantedAuthority("ROLE_" + role))));
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return fixtures.asAccount(request, "yanta");
	}
}
