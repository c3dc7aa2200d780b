package cn.jiazheng.credit.crypto.internal;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.jiazheng.credit.crypto.BlindIndex;
import cn.jiazheng.credit.crypto.KeyProvider;

/** {@link BlindIndex}: HMAC-SM3(HMAC-SM3(blindKey, purpose), value), hex. */
final class HmacSm3BlindIndex implements BlindIndex {

	private final KeyProvider keys;
	private final Map<String, byte[]> subKeys = new ConcurrentHashMap<>();

	HmacSm3BlindIndex(KeyProvider keys) {
		this.keys = keys;
	}

	@Override
	public String index(String purpose, String value) {
		if (purpose == null || purpose.isBlank()) {
			throw new IllegalArgumentException("a blind index needs a purpose");
		}
		if (value == null) {
			return null;
		}
		byte[] subKey = subKeys.computeIfAbsent(purpose,
				p -> HmacSm3.mac(keys.blindIndexKey().getEncoded(), p.getBytes(StandardCharsets.UTF_8)));
		return HexFormat.of().formatHex(HmacSm3.mac(subKey, value.getBytes(StandardCharsets.UTF_8)));
	}
}
