package cn.jiazheng.credit.archive.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.archive.CreditCode;
import cn.jiazheng.credit.archive.EnterpriseFiles;
import cn.jiazheng.credit.archive.EnterpriseImports;
import cn.jiazheng.credit.importing.ImportBatch;
import cn.jiazheng.credit.importing.ImportRow;
import cn.jiazheng.credit.importing.ImportRowStatus;
import cn.jiazheng.credit.importing.ImportState;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.MatrixFixtures;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.region.RegionCode;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
 * 批量登记企业: validation before saving, the uploader's choice, re-import, all-or-nothing, hostile
 * files, large files, the report and template, the territory, and the pages in Chinese.
 */
@PlatformTest
class EnterpriseImportTest {

	private static final SplittableRandom RANDOM = new SplittableRandom();

	private static final String HEADER = "统一社会信用代码,企业名称,注册地行政区划代码";

	/** Same username and territory as the demo account the web requests run as. */
	private static final Actor YANTA = new Actor(3, "yanta", "雁塔区商务局", Role.REGULATOR, RegionCode.of("610113"), null);

	private static final Actor BEILIN = new Actor(4, "beilin-importer", "碑林区商务局", Role.REGULATOR, RegionCode.of("610103"), null);

	private static final Actor ADMIN = new Actor(1, "admin", "平台管理员", Role.PLATFORM_ADMIN, null, null);

	private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	EnterpriseImports imports;

	@Autowired
	EnterpriseFiles files;

	@Autowired
	MockMvc mvc;

	@Autowired
	MatrixFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void cast() {
		fixtures.prepare();
	}

	@Test
	void aFileWithErrorsSavesNothingUntilTheValidRowsAreImportedAndThenExactlyThose() throws IOException {
		String[] valid = { code("610113"), code("610113"), code("610113") };
		String badCheck = valid[0].substring(0, 17) + (valid[0].charAt(17) == '0' ? '1' : '0');
		String elsewhere = code("610103");
		long before = enterprises();
		ImportBatch batch = upload(YANTA, csv(
				valid[0] + ",巧手家政一,610113",
				valid[1] + ",巧手家政二,610113",
				badCheck + ",校验位错误,610113",
				elsewhere + ",外区企业,610103",
				valid[2] + ",巧手家政三,610113",
				valid[1] + ",重复的一行,610113",
				code("610113") + ",,610113"));

		assertThat(enterprises()).as("validation saves no enterprise").isEqualTo(before);
		assertThat(batch.state()).isEqualTo(ImportState.VALIDATED);
		assertThat(batch.totalRows()).isEqualTo(7);
		assertThat(batch.validRows()).isEqualTo(3);
		assertThat(batch.errorRows()).isEqualTo(3);
		assertThat(batch.repeatedRows()).isEqualTo(1);
		List<ImportRow> problems = imports.rows(YANTA, batch.id(), true, 0, 100);
		assertThat(problems).extracting(ImportRow::rowNumber).containsExactly(4, 5, 7, 8);
		assertThat(problems.get(0).error()).startsWith("统一社会信用代码：").contains("校验位错误");
		assertThat(problems.get(1).error()).startsWith("注册地（县级行政区划）：").contains("610103").contains("管辖范围");
		assertThat(problems.get(2).status()).isEqualTo(ImportRowStatus.REPEATED);
		assertThat(problems.get(2).error()).contains("第 3 行");
		assertThat(problems.get(3).error()).startsWith("企业名称：").contains("必填");

		ImportBatch applied = imports.apply(YANTA, batch.id(), ZH);
		assertThat(applied.state()).isEqualTo(ImportState.APPLIED);
		assertThat(applied.appliedRows()).isEqualTo(3);
		assertThat(enterprises()).isEqualTo(before + 3);
		for (String code : valid) {
			assertThat(files.count(ADMIN, null, code)).as(code).isEqualTo(1);
		}
		assertThat(files.count(ADMIN, null, elsewhere)).isZero();
		assertThatThrownBy(() -> imports.discard(YANTA, batch.id())).isInstanceOf(ConflictException.class);
	}

	@Test
	void importingTheSameFileAgainDuplicatesNothing() throws IOException {
		String content = csv(code("610113") + ",再导入一,610113", code("610113") + ",再导入二,610113");
		ImportBatch first = upload(YANTA, content);
		imports.apply(YANTA, first.id(), ZH);
		long after = enterprises();

		ImportBatch again = upload(YANTA, content);
		assertThat(again.fingerprint()).isEqualTo(first.fingerprint());
		assertThat(imports.sameFileAs(YANTA, again.id())).hasValue(first.id());
		assertThat(again.validRows()).isZero();
		assertThat(again.registeredRows()).isEqualTo(2);
		assertThat(imports.rows(YANTA, again.id(), true, 0, 10)).extracting(ImportRow::error)
			.allSatisfy(error -> assertThat(error).contains("已登记"));
		imports.apply(YANTA, again.id(), ZH);
		assertThat(enterprises()).isEqualTo(after);
	}

	@Test
	void discardingImportsNothingAndDropsTheStagedRows() throws IOException {
		long before = enterprises();
		ImportBatch batch = upload(YANTA, csv(code("610113") + ",放弃的企业,610113"));
		ImportBatch discarded = imports.discard(YANTA, batch.id());
		assertThat(discarded.state()).isEqualTo(ImportState.DISCARDED);
		assertThat(jdbc.sql("SELECT count(*) FROM importing.import_row WHERE batch_id = ?").param(batch.id()).query(Long.class).single())
			.isZero();
		assertThatThrownBy(() -> imports.apply(YANTA, batch.id(), ZH)).isInstanceOf(ConflictException.class);
		assertThat(enterprises()).isEqualTo(before);
	}

	@Test
	void applyingIsAllOrNothingWhenARowWasRegisteredMeanwhile() throws IOException {
		String[] codes = { code("610113"), code("610113"), code("610113") };
		ImportBatch batch = upload(YANTA, csv(codes[0] + ",甲,610113", codes[1] + ",乙,610113", codes[2] + ",丙,610113"));
		// Someone registers the last row's enterprise between validation and the uploader's choice.
		files.register(YANTA, codes[2], "抢先登记的企业", "610113");
		long before = enterprises();

		assertThatThrownBy(() -> imports.apply(YANTA, batch.id(), ZH)).isInstanceOf(ConflictException.class)
			.satisfies(ex -> assertThat(((ConflictException) ex).arguments()[0]).isEqualTo(4));
		assertThat(enterprises()).as("rows 2 and 3 were inserted before row 4 failed, and rolled back").isEqualTo(before);
		assertThat(files.count(ADMIN, null, codes[0])).isZero();
		assertThat(files.count(ADMIN, null, codes[1])).isZero();
		ImportBatch marked = imports.get(YANTA, batch.id());
		assertThat(marked.state()).isEqualTo(ImportState.VALIDATED);
		assertThat(marked.validRows()).isEqualTo(2);
		assertThat(marked.registeredRows()).isEqualTo(1);

		assertThat(imports.apply(YANTA, batch.id(), ZH).appliedRows()).isEqualTo(2);
		assertThat(enterprises()).isEqualTo(before + 2);
	}

	@Test
	void aHeaderThatDoesNotMatchTheTemplateIsRefusedNamingTheColumnsAndStoresNothing() throws Exception {
		long batches = batches();
		String answer = mvc.perform(multipart("/api/v1/enterprise-imports")
				.file(file("wrong.csv", "统一社会信用代码,企业名,注册地行政区划代码,备注\n" + code("610113") + ",某企业,610113,x\n")).with(csrf()).with(yanta()))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(answer).contains("缺少列 “企业名称”").contains("“企业名”").contains("“备注”").contains("\"field\":\"file\"");
		assertThat(batches()).isEqualTo(batches);
	}

	@Test
	void hostileOrForeignFilesAreRefusedWithAClearMessageAndStoreNothing() throws Exception {
		long batches = batches();
		String wide = String.join(",", java.util.Collections.nCopies(10_000, "列")) + "\n";
		assertThat(refusal("wide.csv", wide.getBytes(StandardCharsets.UTF_8))).contains("10,000 列").contains("上限 50");
		byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj <<>> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(refusal("renamed.xlsx", pdf)).contains("不是表格");
		assertThat(refusal("page.xlsx", "<!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.UTF_8)))
			.contains("网页");
		assertThat(refusal("gbk.csv", HEADER.getBytes(java.nio.charset.Charset.forName("GBK")))).contains("UTF-8");
		assertThat(refusal("bomb.xlsx", zipBomb())).contains("解压后超过");
		assertThat(batches()).isEqualTo(batches);
	}

	@Test
	void twentyThousandRowsOfCsvAndOfXlsxAreValidatedAndStaged() throws IOException {
		StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
		for (int i = 0; i < 20_000; i++) {
			csv.append(code("610113")).append(",大批量企业").append(i).append(",610113\r\n");
		}
		ImportBatch fromCsv = upload(YANTA, csv.toString());
		assertThat(fromCsv.totalRows()).isEqualTo(20_000);
		assertThat(fromCsv.validRows()).isEqualTo(20_000);
		assertThat(fromCsv.progressTotal()).isEqualTo(20_000);
		assertThat(stagedRows(fromCsv.id())).isEqualTo(20_000);

		ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(xlsx, "test", "1.0");
		Worksheet sheet = workbook.newWorksheet("企业");
		String[] headers = HEADER.split(",");
		for (int c = 0; c < 3; c++) {
			sheet.value(0, c, headers[c]);
		}
		for (int r = 1; r <= 20_000; r++) {
			sheet.value(r, 0, code("610113"));
			sheet.value(r, 1, "表格企业" + r);
			sheet.value(r, 2, 610113);
			if (r % 1000 == 0) {
				sheet.flush();
			}
		}
		workbook.finish();
		ImportBatch fromXlsx = upload(YANTA, "big.xlsx", xlsx.toByteArray());
		assertThat(fromXlsx.totalRows()).isEqualTo(20_000);
		assertThat(fromXlsx.validRows()).as("a county code typed as a number is read as its digits").isEqualTo(20_000);
		assertThat(stagedRows(fromXlsx.id())).isEqualTo(20_000);
		imports.discard(YANTA, fromCsv.id());
		imports.discard(YANTA, fromXlsx.id());
	}

	@Test
	void theReportIsAnXlsxWithAnErrorColumn() throws Exception {
		String bad = code("610113").substring(0, 17) + "I";
		ImportBatch batch = upload(YANTA, csv(code("610113") + ",有效企业,610113", bad + ",错误企业,610113"));
		byte[] report = mvc.perform(as(get("/enterprises/imports/{id}/report.xlsx", batch.id())))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(report))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(5)).isEqualTo("错误说明");
			assertThat(rows.get(0).getCellText(4)).isEqualTo("状态");
			assertThat(rows).hasSize(3);
			assertThat(rows.get(1).getCellText(4)).isEqualTo("有效");
			assertThat(rows.get(1).getCellText(5)).isEmpty();
			assertThat(rows.get(2).getCellText(0)).isEqualTo("3");
			assertThat(rows.get(2).getCellText(4)).isEqualTo("错误");
			assertThat(rows.get(2).getCellText(5)).startsWith("统一社会信用代码：").contains("“I”");
		}
	}

	@Test
	void theTemplatesCarryTheChineseHeadersAValidExampleAndACountyDropDown() throws Exception {
		byte[] xlsx = mvc.perform(as(get("/enterprises/import/template.xlsx"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(List.of(rows.get(0).getCellText(0), rows.get(0).getCellText(1), rows.get(0).getCellText(2)))
				.containsExactly("统一社会信用代码", "企业名称", "注册地行政区划代码");
			assertThat(new CreditCode(rows.get(1).getCellText(0)).registrationRegion()).isEqualTo(RegionCode.of("610113"));
			assertThat(rows.get(1).getCellText(2)).isEqualTo("610113");
		}
		assertThat(zipEntry(xlsx, "xl/worksheets/sheet1.xml")).contains("<dataValidation").contains("type=\"list\"")
			.as("the list refers to the codes sheet").contains("'!$A$1:$A$");

		String csv = mvc.perform(as(get("/enterprises/import/template.csv"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF" + HEADER + "\r\n");

		long before = enterprises();
		ImportBatch unedited = upload(YANTA, "模板.xlsx", xlsx);
		assertThat(unedited.validRows()).as("the example row is not imported by mistake").isZero();
		assertThat(imports.rows(YANTA, unedited.id(), true, 0, 5).get(0).error()).contains("示例行");
		assertThat(enterprises()).isEqualTo(before);
	}

	@Test
	void aBatchOfAnotherRegulatorDoesNotExistForYanta() throws Exception {
		ImportBatch theirs = upload(BEILIN, csv(code("610103") + ",碑林企业,610103"));
		mvc.perform(as(get("/enterprises/imports/{id}", theirs.id()))).andExpect(status().isNotFound());
		mvc.perform(as(get("/api/v1/enterprise-imports/{id}", theirs.id()))).andExpect(status().isNotFound());
		mvc.perform(as(post("/api/v1/enterprise-imports/{id}/application", theirs.id()).with(csrf())))
			.andExpect(status().isNotFound());
		mvc.perform(as(delete("/api/v1/enterprise-imports/{id}", theirs.id()).with(csrf()))).andExpect(status().isNotFound());
		assertThat(imports.list(YANTA, 200)).extracting(ImportBatch::id).doesNotContain(theirs.id());
		assertThat(imports.get(BEILIN, theirs.id()).state()).isEqualTo(ImportState.VALIDATED);
	}

	@Test
	void theApiUploadsReportsProgressAppliesAndRefusesASecondChoice() throws Exception {
		String code = code("610113");
		String answer = mvc.perform(multipart("/api/v1/enterprise-imports")
				.file(file("api.csv", HEADER + "\n" + code + ",接口企业,610113\n" + code("610113") + ",外县,610103\n")).with(csrf()).with(yanta()))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(answer).contains("\"validRows\":1").contains("\"rowsNotImported\"").contains("管辖范围");
		long id = Long.parseLong(answer.replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
		assertThat(mvc.perform(as(get("/api/v1/enterprise-imports/{id}", id))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("\"processed\":2").contains("\"total\":2").contains("\"finished\":true");
		mvc.perform(as(post("/api/v1/enterprise-imports/{id}/application", id).with(csrf()))).andExpect(status().isOk());
		assertThat(files.count(ADMIN, null, code)).isEqualTo(1);
		mvc.perform(as(delete("/api/v1/enterprise-imports/{id}", id).with(csrf()))).andExpect(status().isConflict());
	}

	@Test
	void thePagesRenderInChineseAndTheImportNeedsTheConfirmation() throws Exception {
		String list = mvc.perform(as(get("/enterprises/imports"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(list).contains("批量登记企业").contains("下载 Excel 模板").contains("上传并校验");

		String location = mvc.perform(multipart("/enterprises/imports")
				.file(file("page.csv", HEADER + "\n" + code("610113") + ",页面企业,610113\n" + "12345,坏代码,610113\n")).with(csrf()).with(yanta()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		String report = mvc.perform(as(get(location))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(report).contains("仅导入有效行").contains("全部不导入").contains("<progress").contains("错误说明")
			.contains("长度错误").contains("/js/progress.js");

		String refused = mvc.perform(as(post(location + "/application").with(csrf()))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(refused).contains("请勾选确认");
		mvc.perform(as(post(location + "/application").param("confirm", "true").with(csrf())))
			.andExpect(status().is3xxRedirection());
		assertThat(mvc.perform(as(get(location))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
			.contains("已导入");

		String upload = mvc.perform(multipart("/enterprises/imports")
				.file(file("wrong.csv", "名称\nx\n")).with(csrf()).with(yanta()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(upload).contains("表头与模板不符");
	}

	// --- helpers ---

	private String refusal(String name, byte[] content) throws Exception {
		return mvc.perform(multipart("/api/v1/enterprise-imports").file(new MockMultipartFile("file", name, null, content)).with(csrf()).with(yanta()))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** A workbook-looking zip whose one part inflates past the limit. */
	private static byte[] zipBomb() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
			zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] zeros = new byte[1024 * 1024];
			for (int i = 0; i < 257; i++) {
				zip.write(zeros);
			}
		}
		return bytes.toByteArray();
	}

	private static String zipEntry(byte[] zip, String name) throws IOException {
		Path file = Files.createTempFile("template-", ".xlsx");
		try {
			Files.write(file, zip);
			try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile())) {
				ZipEntry entry = in.getEntry(name);
				return entry == null ? "" : new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		finally {
			Files.delete(file);
		}
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return fixtures.as(request, "REGULATOR");
	}

	/** Multipart builders are not MockHttpServletRequestBuilders any more: the actor itself as the principal. */
	private static org.springframework.test.web.servlet.request.RequestPostProcessor yanta() {
		return authentication(new UsernamePasswordAuthenticationToken(YANTA, null,
				List.of(new SimpleGrantedAuthority("ROLE_REGULATOR"))));
	}

	private static MockMultipartFile file(String name, String content) {
		return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
	}

	private static String csv(String... rows) {
		return HEADER + "\n" + String.join("\n", rows) + "\n";
	}

	private static String code(String county) {
		return CreditCode.generate(RegionCode.of(county), RANDOM).value();
	}

	private ImportBatch upload(Actor by, String content) throws IOException {
		return upload(by, "企业.csv", content.getBytes(StandardCharsets.UTF_8));
	}

	private ImportBatch upload(Actor by, String name, byte[] content) throws IOException {
		Path file = Files.createTempFile("import-test-", ".bin");
		try {
			Files.write(file, content);
			return imports.upload(by, name, file, ZH);
		}
		finally {
			Files.delete(file);
		}
	}

	private long enterprises() {
		return files.count(ADMIN, null, null);
	}

	private long batches() {
		return jdbc.sql("SELECT count(*) FROM importing.import_batch").query(Long.class).single();
	}

	private long stagedRows(long batch) {
		return jdbc.sql("SELECT count(*) FROM importing.import_row WHERE batch_id = ?").param(batch).query(Long.class).single();
	}

}
