package cn.jiazheng.credit.archive.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.Gender;
import cn.jiazheng.credit.importing.ImportBatch;
import cn.jiazheng.credit.importing.ImportRow;
import cn.jiazheng.credit.importing.ImportRowStatus;
import cn.jiazheng.credit.importing.ImportState;
import cn.jiazheng.credit.importing.Imports;
import cn.jiazheng.credit.archive.ResidentId;
import cn.jiazheng.credit.archive.Worker;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.demo.DemoData;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.MatrixFixtures;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.region.RegionCode;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * 批量登记家政服务员: an enterprise registers its own workers from a spreadsheet. Nothing is saved
 * before the choice, re-import duplicates nothing, people registered elsewhere are skipped, the batch
 * is the uploader's alone, and no ID number or phone rests in clear in the staging tables.
 */
@PlatformTest
class WorkerImportTest {

	private static final SplittableRandom RANDOM = new SplittableRandom();

	private static final String HEADER = "姓名,公民身份号码,手机号码";

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	Imports imports;

	@Autowired
	Workers workers;

	@Autowired
	DemoData demo;

	@Autowired
	MatrixFixtures fixtures;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private Actor qiye;

	private Actor qiye2;

	private Actor yanta;

	@BeforeEach
	void cast() {
		fixtures.prepare();
		DemoData.Cast cast = demo.seedCast();
		// Same usernames and territories as the demo accounts the web requests run as.
		qiye = new Actor(5, "qiye", "企业管理员", Role.ENTERPRISE_ADMIN, RegionCode.of("610113"), cast.demoEnterprise());
		qiye2 = new Actor(8, "qiye2", "别家企业", Role.ENTERPRISE_ADMIN, RegionCode.of("610103"), cast.otherEnterprise());
		yanta = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);
	}

	@Test
	void aFileWithErrorsSavesNothingUntilTheValidRowsAreImportedAndThenExactlyThose() throws IOException {
		ResidentId first = id();
		ResidentId withX = idEndingInX();
		ResidentId legacy = legacyId();
		String legacy15 = legacy.value().substring(0, 6) + legacy.value().substring(8, 17);
		String badCheck = id().value().substring(0, 17) + "Y";
		ResidentId wrongCheck = id();
		String wrongCheckText = wrongCheck.value().substring(0, 17) + (wrongCheck.value().endsWith("0") ? "1" : "0");
		long before = workerCount();
		ImportBatch batch = upload(qiye, csv(
				"李秀英," + first.value() + ",13912345678",
				"王芳," + withX.value().toLowerCase() + ",",
				"张桂兰," + legacy15 + ",+86 138-0013-8001",
				"赵丽," + wrongCheckText + ",13700000001",
				"刘敏," + id().value() + ",1234",
				"," + id().value() + ",",
				"陈静," + first.value() + ",13600000002",
				"孙红," + badCheck + ","));

		assertThat(workerCount()).as("validation registers nobody").isEqualTo(before);
		assertThat(batch.state()).isEqualTo(ImportState.VALIDATED);
		assertThat(batch.kind()).isEqualTo("WORKER");
		assertThat(batch.totalRows()).isEqualTo(8);
		assertThat(batch.validRows()).isEqualTo(3);
		assertThat(batch.errorRows()).isEqualTo(4);
		assertThat(batch.repeatedRows()).isEqualTo(1);
		List<ImportRow> problems = imports.rows(qiye, batch.id(), true, 0, 100);
		assertThat(problems).extracting(ImportRow::rowNumber).containsExactly(5, 6, 7, 8, 9);
		assertThat(problems.get(0).error()).startsWith("身份证号码：").contains("校验位错误")
			.contains(ResidentId.mask(wrongCheckText)).doesNotContain(wrongCheckText);
		assertThat(problems.get(1).error()).startsWith("手机号码：").contains("无效");
		assertThat(problems.get(2).error()).startsWith("姓名：").contains("必填");
		assertThat(problems.get(3).status()).isEqualTo(ImportRowStatus.REPEATED);
		assertThat(problems.get(3).error()).contains("第 2 行").contains(first.masked()).doesNotContain(first.value());
		assertThat(problems.get(3).key()).isEqualTo(first.masked());
		assertThat(problems.get(3).values().get("mobilePhone")).isEqualTo("136****0002");
		assertThat(problems.get(4).error()).startsWith("身份证号码：").contains("格式错误");

		ImportBatch applied = imports.apply(qiye, batch.id(), ZH);
		assertThat(applied.state()).isEqualTo(ImportState.APPLIED);
		assertThat(applied.appliedRows()).isEqualTo(3);
		assertThat(workerCount()).isEqualTo(before + 3);
		Worker li = only(first.value());
		assertThat(li.name()).isEqualTo("李秀英");
		assertThat(li.enterpriseId()).isEqualTo(qiye.enterpriseId());
		assertThat(li.maskedResidentId()).isEqualTo(first.masked());
		assertThat(li.gender()).isEqualTo(first.gender());
		// Stored exactly as a single registration stores it: the whole identifiers decrypt for the keeper.
		assertThat(workers.reveal(qiye, li.id()).residentId()).isEqualTo(first);
		assertThat(workers.reveal(qiye, li.id()).phone().value()).isEqualTo("13912345678");
		assertThat(workers.reveal(qiye, only(withX.value()).id()).residentId().value()).as("lower-case x upper-cased")
			.endsWith("X").isEqualTo(withX.value());
		assertThat(workers.reveal(qiye, only(legacy.value()).id()).residentId()).as("15 digits converted").isEqualTo(legacy);
		assertThat(workers.reveal(qiye, only(legacy.value()).id()).phone().value()).isEqualTo("13800138001");
		assertThat(jdbc.sql("SELECT count(*) FROM archive.employment WHERE worker_id = ? AND enterprise_id = ? AND state = 'ACTIVE' "
				+ "AND proposed_by = 'qiye' AND decided_at IS NOT NULL")
			.params(li.id(), qiye.enterpriseId()).query(Long.class).single()).as("employed by the importing enterprise").isOne();
		assertThat(workers.search(qiye, wrongCheck.value(), 0, 5)).isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM audit.entry WHERE action = 'IMPORT_APPLY' AND target_type = 'import-batch' "
				+ "AND target_id = ? AND outcome = 'SUCCESS'")
			.param(Long.toString(batch.id())).query(Long.class).single()).as("one audit entry for the batch").isOne();
		assertThatThrownBy(() -> imports.discard(qiye, batch.id())).isInstanceOf(ConflictException.class);
	}

	@Test
	void discardingSavesNothingAndDropsTheStagedRows() throws IOException {
		long before = workerCount();
		ImportBatch batch = upload(qiye, csv("周梅," + id().value() + ","));
		assertThat(imports.discard(qiye, batch.id()).state()).isEqualTo(ImportState.DISCARDED);
		assertThat(jdbc.sql("SELECT count(*) FROM importing.import_row WHERE batch_id = ?").param(batch.id()).query(Long.class).single())
			.isZero();
		assertThatThrownBy(() -> imports.apply(qiye, batch.id(), ZH)).isInstanceOf(ConflictException.class);
		assertThat(workerCount()).isEqualTo(before);
	}

	@Test
	void importingTheSameFileAgainRegistersNobodyTwice() throws IOException {
		String content = csv("吴霞," + id().value() + ",13911110001", "郑燕," + id().value() + ",");
		ImportBatch first = upload(qiye, content);
		assertThat(imports.apply(qiye, first.id(), ZH).appliedRows()).isEqualTo(2);
		long after = workerCount();

		ImportBatch again = upload(qiye, content);
		assertThat(imports.sameFileAs(qiye, again.id())).hasValue(first.id());
		assertThat(again.validRows()).isZero();
		assertThat(again.registeredRows()).isEqualTo(2);
		assertThat(imports.rows(qiye, again.id(), true, 0, 10)).extracting(ImportRow::error)
			.allSatisfy(error -> assertThat(error).contains("已登记"));
		assertThat(imports.apply(qiye, again.id(), ZH).appliedRows()).isZero();
		assertThat(workerCount()).isEqualTo(after);
	}

	@Test
	void aPersonRegisteredByAnotherEnterpriseIsReportedAndSkipped() throws IOException {
		ResidentId theirs = id();
		long theirWorker = workers.register(qiye2, "冯兰", theirs.value(), null);
		ResidentId ours = id();
		ImportBatch batch = upload(qiye, csv("冯兰," + theirs.value() + ",", "蒋萍," + ours.value() + ","));
		assertThat(batch.registeredRows()).isOne();
		ImportRow skipped = imports.rows(qiye, batch.id(), true, 0, 10).get(0);
		assertThat(skipped.status()).isEqualTo(ImportRowStatus.REGISTERED);
		assertThat(skipped.error()).contains("已登记").contains(theirs.masked()).doesNotContain(theirs.value());

		imports.apply(qiye, batch.id(), ZH);
		assertThat(workers.get(qiye2, theirWorker).enterpriseId()).as("still kept by its enterprise").isEqualTo(qiye2.enterpriseId());
		assertThat(workers.search(qiye, theirs.value(), 0, 5)).isEmpty();
		assertThat(workers.search(qiye, ours.value(), 0, 5)).hasSize(1);
	}

	@Test
	void applyingIsAllOrNothingWhenAPersonWasRegisteredMeanwhile() throws IOException {
		ResidentId[] ids = { id(), id(), id() };
		ImportBatch batch = upload(qiye, csv("甲," + ids[0].value() + ",", "乙," + ids[1].value() + ",", "丙," + ids[2].value() + ","));
		workers.register(qiye2, "抢先登记", ids[1].value(), null);
		long before = workerCount();

		assertThatThrownBy(() -> imports.apply(qiye, batch.id(), ZH)).isInstanceOf(ConflictException.class)
			.satisfies(ex -> assertThat(((ConflictException) ex).arguments()[0]).isEqualTo(3))
			.satisfies(ex -> assertThat(((ConflictException) ex).arguments()[1].toString()).contains(ids[1].masked()));
		assertThat(workerCount()).as("row 2 was inserted with row 3 and rolled back").isEqualTo(before);
		ImportBatch marked = imports.get(qiye, batch.id());
		assertThat(marked.validRows()).isEqualTo(2);
		assertThat(marked.registeredRows()).isOne();
		assertThat(imports.apply(qiye, batch.id(), ZH).appliedRows()).isEqualTo(2);
		assertThat(workerCount()).isEqualTo(before + 2);
		assertThat(workers.search(qiye2, ids[1].value(), 0, 5)).extracting(Worker::name).containsExactly("抢先登记");
	}

	@Test
	void noIdNumberOrPhoneRestsInClearInAnyImportTable() throws Exception {
		List<ResidentId> people = List.of(id(), id(), legacyId());
		String legacy15 = people.get(2).value().substring(0, 6) + people.get(2).value().substring(8, 17);
		String broken = id().value().substring(0, 17) + "Y";
		ImportBatch batch = upload(qiye, csv("钱慧," + people.get(0).value() + ",13987650001", "钱慧," + people.get(0).value() + ",13987650002",
				"孔娟," + people.get(1).value() + ",+86 139 8765 0003", "曹琳," + legacy15 + ",13987650004", "严芬," + broken + ",13987650005",
				"华玲," + people.get(1).value().toLowerCase() + ",12345678901"));
		assertThat(batch.totalRows()).isEqualTo(6);
		List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = 'importing' "
				+ "AND table_name LIKE 'import%'").query(String.class).list();
		assertThat(tables).contains("import_batch", "import_row");
		StringBuilder everything = new StringBuilder();
		for (String table : tables) {
			jdbc.sql("SELECT t::text FROM importing." + table + " t WHERE coalesce(to_jsonb(t) ->> 'batch_id', to_jsonb(t) ->> 'id') = ?")
				.param(Long.toString(batch.id())).query(String.class).list().forEach(everything::append);
		}
		assertThat(everything).as("the batch and its rows were read").contains("服务员.csv").contains("REPEATED");
		String raw = everything.toString();
		for (ResidentId person : people) {
			assertThat(raw).doesNotContain(person.value()).doesNotContain(person.value().substring(6, 14));
		}
		assertThat(raw).doesNotContain(legacy15).doesNotContain(broken).doesNotContain("12345678901");
		for (int i = 1; i <= 5; i++) {
			assertThat(raw).doesNotContain("1398765000" + i);
		}
		String staged = jdbc.sql("SELECT payload_sealed FROM importing.import_row WHERE batch_id = ? AND row_number = 2")
			.param(batch.id()).query(String.class).single();
		assertThat(staged).doesNotContain("钱慧");
		// Moved to another row, a sealed payload does not open.
		jdbc.sql("UPDATE importing.import_row SET payload_sealed = ? WHERE batch_id = ? AND row_number = 3")
			.params(staged, batch.id()).update();
		assertThatThrownBy(() -> imports.rows(qiye, batch.id(), false, 0, 10))
			.isInstanceOf(cn.jiazheng.credit.crypto.CryptoException.class);
		imports.discard(qiye, batch.id());
	}

	@Test
	void theReportShowsMaskedNumbersAndAnErrorColumnNamingFieldAndRule() throws Exception {
		ResidentId good = id();
		String bad = id().value().substring(0, 17) + "Y";
		ImportBatch batch = upload(qiye, csv("沈玉," + good.value() + ",13955550001", "韩雪," + bad + ","));
		byte[] report = mvc.perform(as(get("/workers/imports/{id}/report.xlsx", batch.id()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(report))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(List.of(rows.get(0).getCellText(1), rows.get(0).getCellText(2), rows.get(0).getCellText(3), rows.get(0).getCellText(5)))
				.containsExactly("姓名", "公民身份号码", "手机号码", "错误说明");
			assertThat(rows.get(1).getCellText(1)).isEqualTo("沈玉");
			assertThat(rows.get(1).getCellText(2)).isEqualTo(good.masked());
			assertThat(rows.get(1).getCellText(3)).isEqualTo("139****0001");
			assertThat(rows.get(1).getCellText(5)).isEmpty();
			assertThat(rows.get(2).getCellText(2)).isEqualTo(ResidentId.mask(bad));
			assertThat(rows.get(2).getCellText(5)).startsWith("身份证号码：").contains("格式错误");
		}
		String api = mvc.perform(as(get("/api/v1/imports/{id}/rows", batch.id()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(api).contains(good.masked()).doesNotContain(good.value()).doesNotContain("13955550001");
		imports.discard(qiye, batch.id());
	}

	@Test
	void theTemplatesCarryTheChineseHeadersAndAnExampleWhoseIdPassesTheCheck() throws Exception {
		String csv = mvc.perform(as(get("/workers/import/template.csv"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF" + HEADER + "\r\n");
		String example = csv.split("\r\n")[1].split(",")[1];
		assertThat(ResidentId.of(example).value()).isEqualTo(example);

		byte[] xlsx = mvc.perform(as(get("/workers/import/template.xlsx"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(List.of(rows.get(0).getCellText(0), rows.get(0).getCellText(1), rows.get(0).getCellText(2)))
				.containsExactly("姓名", "公民身份号码", "手机号码");
			assertThat(ResidentId.of(rows.get(1).getCellText(1)).areaCode()).isEqualTo("610113");
		}
		long before = workerCount();
		ImportBatch unedited = upload(qiye, "模板.xlsx", xlsx);
		assertThat(unedited.validRows()).as("the example person is not registered by mistake").isZero();
		assertThat(imports.rows(qiye, unedited.id(), true, 0, 5).get(0).error()).contains("示例行");
		assertThat(workerCount()).isEqualTo(before);
	}

	@Test
	void aBatchIsTheUploadersAloneAndAnImportOfWorkersIsForEnterprisesOnly() throws Exception {
		ImportBatch ours = upload(qiye, csv("杨柳," + id().value() + ","));
		ImportBatch theirs = upload(qiye2, csv("朱红," + id().value() + ","));
		// Another enterprise's batch does not exist for qiye, by page or API.
		mvc.perform(as(get("/workers/imports/{id}", theirs.id()))).andExpect(status().isNotFound());
		mvc.perform(as(get("/workers/imports/{id}/report.xlsx", theirs.id()))).andExpect(status().isNotFound());
		mvc.perform(as(get("/api/v1/imports/{id}", theirs.id()))).andExpect(status().isNotFound());
		mvc.perform(as(post("/api/v1/imports/{id}/application", theirs.id()).with(csrf()))).andExpect(status().isNotFound());
		mvc.perform(as(delete("/api/v1/imports/{id}", theirs.id()).with(csrf()))).andExpect(status().isNotFound());
		assertThat(imports.list(qiye, "WORKER", 200)).extracting(ImportBatch::id).contains(ours.id())
			.doesNotContain(theirs.id());
		// Nor for the county regulator, though the enterprise lies in its territory.
		mvc.perform(fixtures.as(get("/api/v1/imports/{id}", ours.id()), "REGULATOR")).andExpect(status().isNotFound());
		mvc.perform(fixtures.as(get("/enterprises/imports/{id}", ours.id()), "REGULATOR")).andExpect(status().isNotFound());
		mvc.perform(fixtures.as(get("/workers/imports/{id}", ours.id()), "REGULATOR")).andExpect(status().isForbidden());
		assertThatThrownBy(() -> imports.get(yanta, ours.id())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> imports.upload(yanta, "WORKER", "x.csv", Path.of("x"), ZH))
			.isInstanceOf(AccessDeniedException.class);
		// The enterprise import's pages are not for enterprises.
		mvc.perform(as(get("/enterprises/imports/{id}", ours.id()))).andExpect(status().isForbidden());
		assertThat(imports.get(qiye2, theirs.id()).state()).isEqualTo(ImportState.VALIDATED);
		imports.discard(qiye, ours.id());
		imports.discard(qiye2, theirs.id());
	}

	@Test
	void thePagesAndTheApiInChinese() throws Exception {
		String list = mvc.perform(as(get("/workers"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("/workers/imports").contains("批量导入家政服务员");
		String page = mvc.perform(as(get("/workers/imports"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("批量登记家政服务员").contains("/workers/import/template.xlsx").contains("上传并校验");

		ResidentId person = id();
		String location = mvc.perform(multipart("/workers/imports")
				.file(file("page.csv", csv("许娜," + person.value() + ",", "何静,12345,"))).with(csrf()).with(asQiye()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/workers/imports/");
		String report = mvc.perform(as(get(location))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(report).contains("仅导入有效行").contains("全部不导入").contains("<progress").contains("公民身份号码")
			.contains("格式错误").contains("/api/v1/imports/").contains("/workers/imports/").doesNotContain("12345,");
		mvc.perform(as(post(location + "/application").param("confirm", "true").with(csrf()))).andExpect(status().is3xxRedirection());
		assertThat(workers.search(qiye, person.value(), 0, 5)).hasSize(1);
		assertThat(mvc.perform(as(get(location))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("已导入");

		String answer = mvc.perform(multipart("/api/v1/imports").param("kind", "WORKER")
				.file(file("api.csv", csv("吕萍," + id().value() + ",13900001111", "施丽," + person.value() + ","))).with(csrf()).with(asQiye()))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(answer).contains("\"validRows\":1").contains("\"registeredRows\":1").contains(person.masked())
			.doesNotContain(person.value()).doesNotContain("13900001111");
		mvc.perform(multipart("/api/v1/imports").param("kind", "ENTERPRISE")
				.file(file("api.csv", csv("吕萍," + id().value() + ","))).with(csrf()).with(asQiye()))
			.andExpect(status().isForbidden());
	}

	// --- helpers ---

	private ResidentId id() {
		return ResidentId.generate(RegionCode.of("610113"), LocalDate.of(1960 + RANDOM.nextInt(40), 1 + RANDOM.nextInt(12),
				1 + RANDOM.nextInt(28)), RANDOM.nextBoolean() ? Gender.FEMALE : Gender.MALE, RANDOM);
	}

	private ResidentId idEndingInX() {
		ResidentId id;
		do {
			id = id();
		}
		while (!id.value().endsWith("X"));
		return id;
	}

	/** Born in the 1900s, so that the 15-digit form converts to it. */
	private ResidentId legacyId() {
		return ResidentId.generate(RegionCode.of("610113"), LocalDate.of(1950 + RANDOM.nextInt(40), 1 + RANDOM.nextInt(12),
				1 + RANDOM.nextInt(28)), Gender.FEMALE, RANDOM);
	}

	private Worker only(String residentId) {
		List<Worker> found = workers.search(qiye, residentId, 0, 5);
		assertThat(found).hasSize(1);
		return found.get(0);
	}

	private long workerCount() {
		return jdbc.sql("SELECT count(*) FROM archive.worker").query(Long.class).single();
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return fixtures.as(request, "ENTERPRISE_ADMIN");
	}

	private RequestPostProcessor asQiye() {
		return authentication(new UsernamePasswordAuthenticationToken(qiye, null, List.of(new SimpleGrantedAuthority("ROLE_ENTERPRISE_ADMIN"))));
	}

	private static MockMultipartFile file(String name, String content) {
		return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

	private static String csv(String... rows) {
		List<String> lines = new ArrayList<>(List.of(HEADER));
		lines.addAll(List.of(rows));
		return String.join("\n", lines) + "\n";
	}

	private ImportBatch upload(Actor by, String content) throws IOException {
		return upload(by, "服务员.csv", content.getBytes(StandardCharsets.UTF_8));
	}

	private ImportBatch upload(Actor by, String name, byte[] content) throws IOException {
		Path file = Files.createTempFile("worker-import-test-", ".bin");
		try {
			Files.write(file, content);
			return imports.upload(by, "WORKER", name, file, ZH);
		}
		finally {
			Files.delete(file);
		}
	}
}
