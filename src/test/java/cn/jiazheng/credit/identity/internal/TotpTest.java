package cn.jiazheng.credit.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 6238 appendix B test vectors (HMAC-SHA1, 8 digits, key "12345678901234567890"). */
class TotpTest {

	private static final byte[] KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void matchesTheRfcVectors(long time, String expected) {
		assertThat(Totp.code(KEY, time / Totp.STEP_SECONDS, 8)).isEqualTo(expected);
	}

	@Test
	void base32RoundTripsAndVerifiesWithinOneStep() {
		String secret = Totp.base32(KEY);
		assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
		assertThat(Totp.decodeBase32(secret)).isEqualTo(KEY);
		Instant now = Instant.ofEpochSecond(1_700_000_000L);
		String code = Totp.currentCode(secret, now);
		assertThat(Totp.verify(secret, code, now)).isTrue();
		assertThat(Totp.verify(secret, code, now.plusSeconds(30))).isTrue();
		assertThat(Totp.verify(secret, code, now.plusSeconds(95))).isFalse();
		assertThat(Totp.verify(secret, "12345", now)).isFalse();
	}
}
