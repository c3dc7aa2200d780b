package cn.jiazheng.credit.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.jiazheng.credit.audit.AuditEntryView;
import cn.jiazheng.credit.crypto.Sm3;

/**
 * The hash of an audit entry: {@code hash = SM3(prev_hash || canonical(entry))}, hex in lower case.
 *
 * <p>
 * The canonical form is written down here so that an auditor can recompute it with any SM3 tool: the tag
 * {@code audit-entry/v1}, then for each of sequence (decimal), occurred_at (UTC,
 * {@code yyyy-MM-ddTHH:mm:ss.ffffffZ}, always six fraction digits), actor, role, territory, action,
 * target_type, target_id, outcome, client_address the character {@code |} followed by {@code ~} for null
 * or by the value's UTF-8 length in bytes, {@code :} and the value; then {@code |#}, the number of details
 * and each detail's key and value encoded the same way, sorted by key in code point order. The length
 * prefixes make the form unambiguous whatever characters the values hold.
 */
final class AuditEntryCodec {

	/** The prev_hash of the first entry. */
	static final String GENESIS = "0".repeat(64);

	private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private AuditEntryCodec() {
	}

	static String hash(AuditEntryView entry) {
		return Sm3.hex(entry.prevHash() + canonical(entry));
	}

	static String canonical(AuditEntryView entry) {
		StringBuilder out = new StringBuilder("audit-entry/v1");
		field(out, Long.toString(entry.sequence()));
		field(out, MICROS.format(entry.occurredAt()));
		field(out, entry.actor());
		field(out, entry.role());
		field(out, entry.territory());
		field(out, entry.action());
		field(out, entry.targetType());
		field(out, entry.targetId());
		field(out, entry.outcome() == null ? null : entry.outcome().name());
		field(out, entry.clientAddress());
		List<Map.Entry<String, String>> details = new ArrayList<>(entry.details().entrySet());
		details.sort((a, b) -> compareCodePoints(a.getKey(), b.getKey()));
		out.append("|#").append(details.size());
		for (Map.Entry<String, String> detail : details) {
			field(out, detail.getKey());
			field(out, detail.getValue());
		}
		return out.toString();
	}

	private static void field(StringBuilder out, String value) {
		out.append('|');
		if (value == null) {
			out.append('~');
		}
		else {
			out.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
		}
	}

	/** Code point order is UTF-8 byte order, which other languages sort by too; UTF-16 order is not. */
	private static int compareCodePoints(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			int ca = a.codePointAt(i);
			int cb = b.codePointAt(j);
			if (ca != cb) {
				return Integer.compare(ca, cb);
			}
			i += Character.charCount(ca);
			j += Character.charCount(cb);
		}
		return Boolean.compare(i < a.length(), j < b.length());
	}
}
