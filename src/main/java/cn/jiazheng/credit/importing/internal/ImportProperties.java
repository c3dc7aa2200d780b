package cn.jiazheng.credit.importing.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on an uploaded spreadsheet, so that a hostile or mistaken file (a zip bomb, a sheet ten
 * thousand columns wide) is refused before it costs memory or time.
 *
 * @param maxRows data rows per file (the issue asks for 100,000)
 * @param maxColumns columns per row
 * @param maxCellChars characters per cell
 * @param maxUnpackedBytes bytes of an XLSX once unzipped, all parts together
 * @param maxZipEntries parts of an XLSX
 */
@ConfigurationProperties("jiazheng.importing")
record ImportProperties(Integer maxRows, Integer maxColumns, Integer maxCellChars, Long maxUnpackedBytes,
		Integer maxZipEntries) {

	ImportProperties {
		maxRows = maxRows == null ? 100_000 : maxRows;
		maxColumns = maxColumns == null ? 50 : maxColumns;
		maxCellChars = maxCellChars == null ? 1_000 : maxCellChars;
		maxUnpackedBytes = maxUnpackedBytes == null ? 256L * 1024 * 1024 : maxUnpackedBytes;
		maxZipEntries = maxZipEntries == null ? 1_000 : maxZipEntries;
	}
}
