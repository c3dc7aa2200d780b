package cn.jiazheng.credit.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.jiazheng.credit.PlatformTest;
import cn.jiazheng.credit.identity.internal.MatrixFixtures;
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
 * Spreadsheets built to exhaust the server: an XLSX whose sheet inflates to hundreds of megabytes from a
 * few hundred kilobytes, and a CSV with a million columns in one row. Both imports (workers by an
 * enterprise, enterprises by a regulator) refuse them with a 400 naming the file and the rule, and no batch
 * or row is left behind.
 */
@PlatformTest
class SpreadsheetHostileInputTest {

	private static final int MB = 1024 * 1024;

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
	void anXlsxThatInflatesToHundredsOfMegabytesIsRefusedByWhatItInflatesTo() throws Exception {
		byte[] bomb = zipBomb(300);
		assertThat(bomb.length).as("what is uploaded is small").isLessThan(2 * MB);
		long batches = count("importing.import_batch");
		long rows = count("importing.import_row");
		assertRefused(upload("/api/v1/imports", "workers.xlsx", bomb).param("kind", "WORKER"), "qiye",
				"Excel 文件解压后超过 256 MB，不予处理");
		assertRefused(upload("/api/v1/enterprise-imports", "enterprises.xlsx", bomb), "yanta",
				"Excel 文件解压后超过 256 MB，不予处理");
		assertThat(count("importing.import_batch")).isEqualTo(batches);
		assertThat(count("importing.import_row")).isEqualTo(rows);
	}

	@Test
	void aCsvRowOfAMillionColumnsIsRefused() throws Exception {
		StringBuilder csv = new StringBuilder("姓名,公民身份号码,手机号码\r\n");
		csv.append("王秀兰").append(",".repeat(999_999)).append("\r\n");
		byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
		long batches = count("importing.import_batch");
		long rows = count("importing.import_row");
		assertRefused(upload("/api/v1/imports", "workers.csv", file).param("kind", "WORKER"), "qiye",
				"表格有 1,000,000 列，超过上限 50 列");
		byte[] header = ",".repeat(999_999).getBytes(StandardCharsets.UTF_8);
		assertRefused(upload("/api/v1/enterprise-imports", "enterprises.csv", header), "yanta", "超过上限 50 列");
		assertThat(count("importing.import_batch")).isEqualTo(batches);
		assertThat(count("importing.import_row")).isEqualTo(rows);
	}

	private AbstractMockHttpServletRequestBuilder<?> upload(String path, String name, byte[] content) {
		return multipart(path).file(new MockMultipartFile("file", name, "application/octet-stream", content));
	}

	private void assertRefused(AbstractMockHttpServletRequestBuilder<?> request, String account, String message) throws Exception {
		var authenticated = fixtures.asAccount(get("/"), account);
		RequestPostProcessor session = authenticated::postProcessRequest;
		MockHttpServletResponse response = mvc.perform(request.with(csrf()).with(session)).andReturn().getResponse();
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(response.getStatus()).as(body).isEqualTo(400);
		assertThat(body).contains("\"field\":\"file\"").contains(message);
	}

	private long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}

	/**
	 * A real workbook whose one sheet is a valid header row followed by {@code megabytes} of empty rows,
	 * compressed at the best ratio deflate offers (about 1,000 to 1).
	 */
	static byte[] zipBomb(int megabytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			put(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
					<Default Extension="xml" ContentType="application/xml"/>
					<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
					<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
					</Types>""");
			put(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
					</Relationships>""");
			put(zip, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
					<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
			put(zip, "xl/_rels/workbook.xml.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
					</Relationships>""");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
					+ "<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>姓名</t></is></c></row>").getBytes(StandardCharsets.UTF_8));
			byte[] block = "<row/>".repeat(MB / 6).getBytes(StandardCharsets.US_ASCII);
			for (int i = 0; i < megabytes; i++) {
				zip.write(block);
			}
			zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	private static void put(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}
}
