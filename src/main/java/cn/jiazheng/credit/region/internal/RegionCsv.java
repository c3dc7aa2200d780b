package cn.jiazheng.credit.region.internal;

import cn.jiazheng.credit.platform.CsvLines;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jiazheng.credit.crypto.Sm3;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.region.DatasetReport.RowError;
import cn.jiazheng.credit.region.RegionCode;

/**
 * Reads and checks a division dataset in the upload format {@code code,name}, all rules before any
 * row is used, so that an administrator gets every problem of a file at once.
 */
final class RegionCsv {

	static final int MAX_ERRORS = 200;

	static final int MAX_NAME = 100;

	private RegionCsv() {
	}

	record Row(int line, String code, String name) {
	}

	record Parsed(List<Row> rows, List<RowError> errors, String fingerprint) {

		boolean valid() {
			return errors.isEmpty();
		}
	}

	static Parsed parse(byte[] bytes) {
		String fingerprint = HexFormat.of().formatHex(Sm3.digest(bytes));
		List<RowError> errors = new ArrayList<>();
		String text = CsvLines.utf8(bytes);
		if (text == null) {
			return new Parsed(List.of(), List.of(RowError.of(0, "region.upload.not-utf8")), fingerprint);
		}
		List<String> lines = CsvLines.lines(text);
		List<String> header = CsvLines.fields(lines.get(0));
		if (header == null || header.size() != 2 || !header.get(0).equalsIgnoreCase("code")
				|| !header.get(1).equalsIgnoreCase("name")) {
			errors.add(RowError.of(1, "region.upload.header"));
		}
		Map<String, Row> byCode = new LinkedHashMap<>();
		for (int i = 1; i < lines.size() && errors.size() < MAX_ERRORS; i++) {
			int line = i + 1;
			String raw = lines.get(i);
			if (raw.isBlank()) {
				continue;
			}
			List<String> fields = CsvLines.fields(raw);
			if (fields == null || fields.size() != 2) {
				errors.add(RowError.of(line, "region.upload.columns"));
				continue;
			}
			String code;
			try {
				code = RegionCode.of(fields.get(0)).value();
			}
			catch (InvalidValueException ex) {
				errors.add(RowError.of(line, "region.upload.code-invalid", fields.get(0)));
				continue;
			}
			String name = fields.get(1);
			if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
				errors.add(RowError.of(line, "region.upload.name-invalid", fields.get(0), MAX_NAME));
				continue;
			}
			Row earlier = byCode.get(code);
			if (earlier == null) {
				byCode.put(code, new Row(line, code, name));
			}
			else if (!earlier.name().equals(name)) {
				// 441900 and 4419 name the same city; repeating it with the same name is harmless.
				errors.add(RowError.of(line, "region.upload.duplicate", fields.get(0), earlier.line()));
			}
		}
		for (Row row : byCode.values()) {
			if (errors.size() >= MAX_ERRORS) {
				break;
			}
			if (row.code().length() > 2) {
				String parent = row.code().substring(0, row.code().length() - 2);
				if (!byCode.containsKey(parent)) {
					errors.add(RowError.of(row.line(), "region.upload.parent-missing", row.code(), parent));
				}
			}
		}
		if (errors.isEmpty() && byCode.isEmpty()) {
			errors.add(RowError.of(0, "region.upload.empty"));
		}
		errors.sort(java.util.Comparator.comparingInt(RowError::line));
		return new Parsed(List.copyOf(byCode.values()), List.copyOf(errors), fingerprint);
	}
}
