package cn.jiazheng.credit.importing;

import java.time.Instant;

/**
 * 导入批次: one uploaded spreadsheet after validation, with its row counts and progress.
 *
 * @param fingerprint SM3 of the uploaded bytes, to recognise the same file uploaded again
 * @param progressPhase what is running now (VALIDATING or APPLYING), {@code null} when nothing is
 * @param progressTotal rows to go through in that phase, {@code null} while not yet known
 */
public record ImportBatch(long id, String kind, String uploadedBy, String fileName, String fingerprint, ImportState state,
		int totalRows, int validRows, int errorRows, int registeredRows, int repeatedRows, int appliedRows,
		String progressPhase, int progressDone, Integer progressTotal, Instant createdAt, Instant appliedAt) {

	/** Rows that will not be imported: errors and both kinds of duplicate. */
	public int skippedRows() {
		return errorRows + registeredRows + repeatedRows;
	}
}
