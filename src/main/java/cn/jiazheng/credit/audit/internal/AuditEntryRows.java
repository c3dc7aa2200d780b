package cn.jiazheng.credit.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;

import cn.jiazheng.credit.audit.AuditEntryView;
import cn.jiazheng.credit.audit.AuditOutcome;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.RowMapper;

/** Reading and writing rows of {@code audit.entry}. */
final class AuditEntryRows {

	static final String COLUMNS = "seq, occurred_at, actor, role, territory, action, target_type, target_id, outcome, "
			+ "client_address, details::text AS details, prev_hash, hash";

	private static final TypeReference<Map<String, String>> DETAILS = new TypeReference<>() {
	};

	private final JsonMapper json;

	AuditEntryRows(JsonMapper json) {
		this.json = json;
	}

	RowMapper<AuditEntryView> mapper() {
		return this::map;
	}

	private AuditEntryView map(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		return new AuditEntryView(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("role"), rs.getString("territory"), rs.getString("action"),
				rs.getString("target_type"), rs.getString("target_id"), AuditOutcome.valueOf(outcome),
				rs.getString("client_address"), details(rs.getString("details")), rs.getString("prev_hash"),
				rs.getString("hash"));
	}

	/**
	 * Details that are no longer a flat object of strings were changed behind the application's back; they
	 * are kept as one odd entry so that the recomputed hash differs and verification reports the entry.
	 */
	private Map<String, String> details(String text) {
		try {
			Map<String, String> details = json.readValue(text, DETAILS);
			if (details != null && !details.containsValue(null)) {
				return details;
			}
		}
		catch (JacksonException ex) {
			// falls through to the odd entry below
		}
		return Map.of("(unreadable details)", String.valueOf(text));
	}

	String toJson(Map<String, String> details) {
		return json.writeValueAsString(details);
	}
}
