package cn.jiazheng.credit.importing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.jiazheng.credit.platform.InvalidValueException;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever is uploaded as a spreadsheet, reading it either yields rows within the limits or stops with
 * an {@link InvalidValueException} on the field {@code file}: nothing else escapes. Two targets:
 * {@link #anyFile} takes the bytes as the whole upload (CSV, sniffing, broken zips); {@link #workbook}
 * puts them into a well-formed XLSX package as the sheet (before the first NUL) and the shared strings
 * (after it), so the fuzzer reaches the XML reading without having to invent a zip file.
 * {@code bench/fuzz.sh SpreadsheetReaderFuzzTest#anyFile} or {@code #workbook} fuzzes one of them.
 */
class SpreadsheetReaderFuzzTest {

	private static final ImportProperties LIMITS = new ImportProperties(100_000, 50, 1_000, 8L * 1024 * 1024, 100);

	@FuzzTest
	void anyFile(byte[] upload) throws IOException {
		readAll(upload);
	}

	@FuzzTest
	void workbook(byte[] input) throws IOException {
		int split = indexOf(input, (byte) 0);
		byte[] sheet = split < 0 ? input : java.util.Arrays.copyOfRange(input, 0, split);
		byte[] strings = split < 0 ? new byte[0] : java.util.Arrays.copyOfRange(input, split + 1, input.length);
		readAll(xlsx(sheet, strings));
	}

	private static void readAll(byte[] upload) throws IOException {
		Path file = Files.createTempFile("fuzz", ".upload");
		try {
			Files.write(file, upload);
			try (SpreadsheetReader reader = SpreadsheetReader.open(file, LIMITS)) {
				List<String> row;
				int previous = 0;
				while ((row = reader.next()) != null) {
					assertThat(row).hasSizeLessThanOrEqualTo(LIMITS.maxColumns()).doesNotContainNull();
					assertThat(row).allSatisfy(cell -> assertThat(cell.length()).isLessThanOrEqualTo(LIMITS.maxCellChars()));
					assertThat(reader.rowNumber()).isGreaterThanOrEqualTo(previous);
					previous = reader.rowNumber();
				}
			}
		}
		catch (InvalidValueException refused) {
			assertThat(refused.field()).isEqualTo(SpreadsheetReader.FIELD);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static int indexOf(byte[] bytes, byte b) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == b) {
				return i;
			}
		}
		return -1;
	}

	/** The smallest package Excel and fastexcel agree is a workbook, with the given sheet and shared strings. */
	static byte[] xlsx(byte[] sheet, byte[] sharedStrings) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			put(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
					<Default Extension="xml" ContentType="application/xml"/>
					<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
					<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
					<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
					</Types>""".getBytes(StandardCharsets.UTF_8));
			put(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
					</Relationships>""".getBytes(StandardCharsets.UTF_8));
			put(zip, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
					<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""".getBytes(StandardCharsets.UTF_8));
			put(zip, "xl/_rels/workbook.xml.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
					<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
					</Relationships>""".getBytes(StandardCharsets.UTF_8));
			put(zip, "xl/worksheets/sheet1.xml", sheet);
			put(zip, "xl/sharedStrings.xml", sharedStrings);
		}
		return out.toByteArray();
	}

	private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content);
		zip.closeEntry();
	}
}
