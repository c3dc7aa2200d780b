package cn.jiazheng.credit.crypto;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 (GB/T 32905-2016) digests, for integrity: the audit chain, file fingerprints. */
public final class Sm3 {

	private Sm3() {
	}

	public static byte[] digest(byte[] data) {
		SM3Digest sm3 = new SM3Digest();
		sm3.update(data, 0, data.length);
		byte[] out = new byte[sm3.getDigestSize()];
		sm3.doFinal(out, 0);
		return out;
	}

	public static String hex(String text) {
		return HexFormat.of().formatHex(digest(text.getBytes(StandardCharsets.UTF_8)));
	}
}
