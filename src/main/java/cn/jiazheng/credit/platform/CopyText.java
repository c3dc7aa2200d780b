package cn.jiazheng.credit.platform;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;

/**
 * Rows in the text format of PostgreSQL's {@code COPY ... FROM STDIN}, and sending them: for writes of
 * thousands of rows at once (rating results, the benchmark province), where COPY costs a fraction of
 * INSERTs, even batched ones.
 */
public final class CopyText {

	private CopyText() {
	}

	/** Appends one line: tab-separated, \N for null, backslash escapes; other values by their {@code toString}. */
	public static void row(StringBuilder out, Object... values) {
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				out.append('\t');
			}
			Object value = values[i];
			if (value == null) {
				out.append("\\N");
			}
			else if (value instanceof String text) {
				escaped(out, text);
			}
			else {
				out.append(value);
			}
		}
		out.append('\n');
	}

	/**
	 * The text as a COPY value. Most values (Base64, digits, names) need no escape: they are appended whole, which
	 * costs a fraction of going character by character (the import writes three ciphertexts a row).
	 */
	private static void escaped(StringBuilder out, String text) {
		int from = 0;
		for (int c = 0; c < text.length(); c++) {
			String escape = switch (text.charAt(c)) {
				case '\\' -> "\\\\";
				case '\t' -> "\\t";
				case '\n' -> "\\n";
				case '\r' -> "\\r";
				default -> null;
			};
			if (escape != null) {
				out.append(text, from, c).append(escape);
				from = c + 1;
			}
		}
		out.append(text, from, text.length());
	}

	/**
	 * Sends the rows to {@code target}, a table with its column list, on this connection, inside whatever
	 * transaction it is in. Returns the number of rows written.
	 */
	public static long copyIn(Connection connection, String target, CharSequence rows) throws SQLException {
		if (rows.isEmpty()) {
			return 0;
		}
		try {
			return connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + target + " FROM STDIN", new StringReader(rows.toString()));
		}
		catch (IOException ex) {
			throw new SQLException("COPY into " + target + " failed", ex);
		}
	}
}
