package cn.jiazheng.credit.audit.internal;

import java.time.Instant;
import java.util.Map;

import cn.jiazheng.credit.audit.AuditEntryView;
import cn.jiazheng.credit.audit.AuditOutcome;
import cn.jiazheng.credit.crypto.Sm3;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AuditEntryCodecTest {

	private static AuditEntryView entry(String actor, String role, Map<String, String> details) {
		return new AuditEntryView(7, Instant.parse("2025-03-01T08:00:00.123456Z"), actor, role, null, "region.import",
				"region", "11", AuditOutcome.SUCCESS, "127.0.0.1", details, AuditEntryCodec.GENESIS, null);
	}

	@Test
	void canonicalFormIsTheDocumentedOne() {
		assertThat(AuditEntryCodec.canonical(entry("张三", "ADMIN", Map.of("b", "2", "a", "1")))).isEqualTo(
				"audit-entry/v1|1:7|27:2025-03-01T08:00:00.123456Z|6:张三|5:ADMIN|~|13:region.import|6:region|2:11"
						+ "|7:SUCCESS|9:127.0.0.1|#2|1:a|1:1|1:b|1:2");
		AuditEntryView entry = entry("张三", "ADMIN", Map.of());
		assertThat(AuditEntryCodec.hash(entry)).isEqualTo(Sm3.hex(AuditEntryCodec.GENESIS + AuditEntryCodec.canonical(entry)))
			.hasSize(64);
	}

	@Test
	void movingTextBetweenFieldsChangesTheHash() {
		assertThat(AuditEntryCodec.hash(entry("ab", "c", Map.of())))
			.isNotEqualTo(AuditEntryCodec.hash(entry("a", "bc", Map.of())));
		assertThat(AuditEntryCodec.hash(entry("a", null, Map.of())))
			.isNotEqualTo(AuditEntryCodec.hash(entry("a", "", Map.of())));
		assertThat(AuditEntryCodec.hash(entry("a", "r", Map.of("k", "v|1:x"))))
			.isNotEqualTo(AuditEntryCodec.hash(entry("a", "r", Map.of("k", "v", "x", ""))));
	}

	@Test
	void microsecondsAreCovered() {
		AuditEntryView a = entry("a", "r", Map.of());
		AuditEntryView b = new AuditEntryView(7, Instant.parse("2025-03-01T08:00:00.123457Z"), "a", "r", null,
				"region.import", "region", "11", AuditOutcome.SUCCESS, "127.0.0.1", Map.of(), AuditEntryCodec.GENESIS,
				null);
		assertThat(AuditEntryCodec.hash(a)).isNotEqualTo(AuditEntryCodec.hash(b));
	}
}
