package cn.jiazheng.credit.importing.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import cn.jiazheng.credit.platform.CsvLines;
import cn.jiazheng.credit.platform.InvalidValueException;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads an uploaded spreadsheet row by row, never the whole of it at once: an XLSX (its first sheet,
 * streamed by fastexcel-reader from the file on disk) or a UTF-8 CSV (a byte-order mark is tolerated).
 * The format is recognised by content, not by name. Everything that makes a file unreadable is an
 * {@link InvalidValueException} on the field {@code file}, so the uploader learns why.
 */
final class SpreadsheetReader implements AutoCloseable {

	static final String FIELD = "file";

	private final ImportProperties limits;

	private final Iterator<List<String>> rows;

	private final AutoCloseable resource;

	private final Integer expectedRows;

	private int rowNumber;

	private SpreadsheetReader(ImportProperties limits, Iterator<List<String>> rows, AutoCloseable resource, Integer expectedRows) {
		this.limits = limits;
		this.rows = rows;
		this.resource = resource;
		this.expectedRows = expectedRows;
	}

	static SpreadsheetReader open(Path file, ImportProperties limits) throws IOException {
		byte[] head = new byte[8192];
		int length;
		try (InputStream in = Files.newInputStream(file)) {
			length = in.readNBytes(head, 0, head.length);
		}
		if (length == 0) {
			throw new InvalidValueException(FIELD, "importing.empty");
		}
		if (length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
			return xlsx(file, limits);
		}
		if (length >= 8 && ReadableWorkbook.isOLE2Header(java.util.Arrays.copyOf(head, 8))) {
			throw new InvalidValueException(FIELD, "importing.legacy-xls");
		}
		for (int i = 0; i < length; i++) {
			if (head[i] == 0) {
				throw new InvalidValueException(FIELD, "importing.not-spreadsheet");
			}
		}
		String start = new String(head, 0, length, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
		if (start.startsWith("%PDF")) {
			throw new InvalidValueException(FIELD, "importing.not-spreadsheet");
		}
		if (start.startsWith("<")) {
			throw new InvalidValueException(FIELD, "importing.markup");
		}
		return csv(file, limits);
	}

	/** Rows still to come after the header, when the format lets us know cheaply (CSV), else {@code null}. */
	Integer expectedRows() {
		return expectedRows;
	}

	/** The next row's cells (trimmed, never {@code null}), or {@code null} at the end of the sheet. */
	List<String> next() {
		try {
			if (!rows.hasNext()) {
				return null;
			}
			List<String> cells = rows.next();
			if (cells.size() > limits.maxColumns()) {
				throw new InvalidValueException(FIELD, "importing.too-many-columns", cells.size(), limits.maxColumns());
			}
			for (int i = 0; i < cells.size(); i++) {
				if (cells.get(i).length() > limits.maxCellChars()) {
					throw new InvalidValueException(FIELD, "importing.cell-too-long", rowNumber, i + 1, limits.maxCellChars());
				}
			}
			return cells;
		}
		catch (InvalidValueException ex) {
			throw ex;
		}
		catch (UncheckedIOException | ExcelReaderException ex) {
			throw unreadable(ex);
		}
		catch (Exception ex) {
			// fastexcel lets through what its XML parser and its own cell parsing throw on a broken sheet (bad
			// UTF-8, a cell reference "A^1", an unknown cell type, some undeclared): the file is at fault, not the server.
			throw new InvalidValueException(FIELD, "importing.unreadable");
		}
	}

	/** The spreadsheet row number of the row last returned (the header is row 1). */
	int rowNumber() {
		return rowNumber;
	}

	@Override
	public void close() {
		try {
			resource.close();
		}
		catch (Exception ex) {
			// Only the temporary copy's handle is released here; nothing to tell the user.
		}
	}

	private static InvalidValueException unreadable(Exception ex) {
		if (ex.getCause() instanceof CharacterCodingException || ex instanceof UncheckedIOException u && u.getCause() instanceof CharacterCodingException) {
			return new InvalidValueException(FIELD, "importing.not-utf8");
		}
		return new InvalidValueException(FIELD, "importing.unreadable");
	}

	private static SpreadsheetReader csv(Path file, ImportProperties limits) throws IOException {
		long lines;
		try (Stream<String> all = reader(file).lines()) {
			lines = all.count();
		}
		catch (UncheckedIOException ex) {
			throw unreadable(ex);
		}
		BufferedReader reader = reader(file);
		SpreadsheetReader[] self = new SpreadsheetReader[1];
		Iterator<String> lineIterator = reader.lines().iterator();
		Iterator<List<String>> rows = new Iterator<>() {
			@Override
			public boolean hasNext() {
				return lineIterator.hasNext();
			}

			@Override
			public List<String> next() {
				String line = lineIterator.next();
				self[0].rowNumber++;
				if (self[0].rowNumber == 1 && line.startsWith("\uFEFF")) {
					line = line.substring(1);
				}
				List<String> fields = CsvLines.fields(line);
				if (fields == null) {
					throw new InvalidValueException(FIELD, "importing.csv-quote", self[0].rowNumber);
				}
				return fields;
			}
		};
		self[0] = new SpreadsheetReader(limits, rows, reader, (int) Math.max(lines - 1, 0));
		return self[0];
	}

	private static BufferedReader reader(Path file) throws IOException {
		return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)));
	}

	private static SpreadsheetReader xlsx(Path file, ImportProperties limits) throws IOException {
		checkUnpackedSize(file, limits);
		ReadableWorkbook workbook;
		Stream<Row> stream;
		try {
			workbook = new ReadableWorkbook(file.toFile());
			stream = workbook.getFirstSheet().openStream();
		}
		catch (Exception ex) {
			throw new InvalidValueException(FIELD, "importing.unreadable");
		}
		Iterator<Row> sheetRows = stream.iterator();
		SpreadsheetReader[] self = new SpreadsheetReader[1];
		Iterator<List<String>> rows = new Iterator<>() {
			@Override
			public boolean hasNext() {
				return sheetRows.hasNext();
			}

			@Override
			public List<String> next() {
				Row row = sheetRows.next();
				self[0].rowNumber = row.getRowNum();
				int width = row.getCellCount();
				if (width > limits.maxColumns()) {
					throw new InvalidValueException(FIELD, "importing.too-many-columns", width, limits.maxColumns());
				}
				List<String> cells = new ArrayList<>(width);
				for (int i = 0; i < width; i++) {
					cells.add(text(row.getCell(i)));
				}
				return cells;
			}
		};
		self[0] = new SpreadsheetReader(limits, rows, () -> {
			stream.close();
			workbook.close();
		}, null);
		return self[0];
	}

	private static String text(Cell cell) {
		if (cell == null || cell.getType() == CellType.EMPTY) {
			return "";
		}
		if (cell.getType() == CellType.NUMBER) {
			// A county code typed as a number arrives as 610113 or 610113.0; either means the digits.
			BigDecimal number = cell.asNumber();
			return number.stripTrailingZeros().toPlainString();
		}
		String text = cell.getText();
		return text == null ? "" : text.strip();
	}

	/**
	 * Unpacks every part once, counting, before the reader sees the file: a zip bomb is refused by
	 * what it really inflates to, not by the sizes it claims.
	 */
	private static void checkUnpackedSize(Path file, ImportProperties limits) throws IOException {
		long total = 0;
		int entries = 0;
		boolean workbook = false;
		byte[] buffer = new byte[64 * 1024];
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> all = zip.entries();
			while (all.hasMoreElements()) {
				ZipEntry entry = all.nextElement();
				if (++entries > limits.maxZipEntries()) {
					throw new InvalidValueException(FIELD, "importing.unpacked-too-large", limits.maxUnpackedBytes() / (1024 * 1024));
				}
				workbook |= entry.getName().equals("xl/workbook.xml");
				try (InputStream in = zip.getInputStream(entry)) {
					int n;
					while ((n = in.read(buffer)) > 0) {
						total += n;
						if (total > limits.maxUnpackedBytes()) {
							throw new InvalidValueException(FIELD, "importing.unpacked-too-large",
									limits.maxUnpackedBytes() / (1024 * 1024));
						}
					}
				}
			}
		}
		catch (ZipException ex) {
			throw new InvalidValueException(FIELD, "importing.unreadable");
		}
		if (!workbook) {
			throw new InvalidValueException(FIELD, "importing.not-spreadsheet");
		}
	}
}
