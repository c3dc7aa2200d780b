package cn.jiazheng.credit.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

import cn.jiazheng.credit.crypto.CryptoException;
import cn.jiazheng.credit.crypto.Sm3;

/** Known answers from the standards for SM3, SM4 and SM4-GCM, through the code paths the platform uses. */
class Sm3Sm4KnownAnswerTest {

	private static final HexFormat HEX = HexFormat.of();

	/** GB/T 32905-2016 (SM3), appendix A, example 1: the 24-bit message "abc". */
	@Test
	void sm3OfAbc() {
		assertThat(Sm3.hex("abc")).isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
	}

	/** GB/T 32905-2016 (SM3), appendix A, example 2: the 512-bit message "abcd" repeated 16 times. */
	@Test
	void sm3OfOneFullBlock() {
		assertThat(HEX.formatHex(Sm3.digest("abcd".repeat(16).getBytes(StandardCharsets.US_ASCII))))
			.isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
	}

	/** GB/T 32907-2016 (SM4), appendix A, example 1: one block, key equal to plaintext. */
	@Test
	void sm4OneBlock() {
		byte[] key = HEX.parseHex("0123456789abcdeffedcba9876543210");
		assertThat(HEX.formatHex(sm4(key, key.clone(), 1))).isEqualTo("681edf34d206965e86b3e94f536e4246");
	}

	/** GB/T 32907-2016 (SM4), appendix A, example 2: the same block encrypted 1,000,000 times with the same key. */
	@Test
	void sm4OneMillionTimes() {
		byte[] key = HEX.parseHex("0123456789abcdeffedcba9876543210");
		assertThat(HEX.formatHex(sm4(key, key.clone(), 1_000_000))).isEqualTo("595298c7c6fd271f0402f804c33d3f66");
	}

	private static byte[] sm4(byte[] key, byte[] block, int times) {
		SM4Engine engine = new SM4Engine();
		engine.init(true, new KeyParameter(key));
		byte[] out = new byte[16];
		for (int i = 0; i < times; i++) {
			engine.processBlock(block, 0, out, 0);
			System.arraycopy(out, 0, block, 0, 16);
		}
		return block;
	}

	/** RFC 8998 (ShangMi cipher suites for TLS 1.3), appendix A.2, SM4-GCM test vector. */
	@Test
	void sm4GcmRfc8998() {
		byte[] key = HEX.parseHex("0123456789ABCDEFFEDCBA9876543210");
		byte[] nonce = HEX.parseHex("00001234567800000000ABCD");
		byte[] aad = HEX.parseHex("FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2");
		byte[] plaintext = HEX.parseHex("AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCDDDDDDDDDDDDDDDD"
				+ "EEEEEEEEEEEEEEEEFFFFFFFFFFFFFFFFEEEEEEEEEEEEEEEEAAAAAAAAAAAAAAAA");
		String ciphertext = "17F399F08C67D5EE19D0DC9969C4BB7D5FD46FD3756489069157B282BB200735"
				+ "D82710CA5C22F0CCFA7CBF93D496AC15A56834CBCF98C397B4024A2691233B8D";
		String tag = "83DE3541E4C2B58177E065A9BF7B62EC";

		byte[] sealed = Sm4Gcm.seal(key, nonce, aad, plaintext);

		assertThat(HEX.withUpperCase().formatHex(sealed)).isEqualTo(ciphertext + tag);
		assertThat(Sm4Gcm.open(key, nonce, aad, sealed)).isEqualTo(plaintext);
		sealed[sealed.length - 1] ^= 1;
		assertThatThrownBy(() -> Sm4Gcm.open(key, nonce, aad, sealed)).isInstanceOf(CryptoException.class);
	}
}
