package cn.jiazheng.credit.crypto;

/**
 * 盲索引: finds a row by an encrypted value without decrypting every row. The index is HMAC-SM3 of the value under a
 * sub-key derived per purpose (HMAC-SM3 of the purpose under the blind-index key), so equal values in different
 * columns give unrelated indexes and the index of one column cannot be joined against another.
 * <p>
 * The index is exact: callers must normalise the value before indexing it, the same way for storing and for
 * searching (e.g. trim, upper-case the check letter X of an ID number, remove spaces and hyphens from a phone
 * number). Values with few possibilities (gender, birth year) must not be indexed: they can be found by trying all.
 */
public interface BlindIndex {

	/**
	 * @param purpose a stable name of the column, e.g. {@code "archive.worker.id_number"}; never change it once used
	 * @param value the normalised value; {@code null} gives {@code null}
	 * @return 64 lower-case hex characters
	 */
	String index(String purpose, String value);
}
