package cn.jiazheng.credit.crypto.internal;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

import cn.jiazheng.credit.crypto.BlindIndex;
import cn.jiazheng.credit.crypto.KeyProvider;

/**
 * {@link BlindIndex}: HMAC-SM3(HMAC-SM3(blindKey, purpose), value), hex.
 * <p>
 * Each thread keeps one HMAC per purpose, set up with its sub-key: Bouncy Castle's HMAC returns to the state after the
 * padded key when it finishes, so a value costs its own blocks only, not the key's two again (an import indexes
 * every row).
 */
final class HmacSm3BlindIndex implements BlindIndex {

	private final KeyProvider keys;
	private final Map<String, byte[]> subKeys = new ConcurrentHashMap<>();
	private final ThreadLocal<Map<String, HMac>> macs = ThreadLocal.withInitial(HashMap::new);

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
		HMac hmac = macs.get().computeIfAbsent(purpose, p -> {
			HMac keyed = new HMac(new SM3Digest());
			keyed.init(new KeyParameter(subKeys.computeIfAbsent(p,
					q -> HmacSm3.mac(keys.blindIndexKey().getEncoded(), q.getBytes(StandardCharsets.UTF_8)))));
			return keyed;
		});
		byte[] data = value.getBytes(StandardCharsets.UTF_8);
		hmac.update(data, 0, data.length);
		byte[] out = new byte[hmac.getMacSize()];
		// doFinal also resets the HMAC to its keyed state, ready for the next value.
		hmac.doFinal(out, 0);
		return HexFormat.of().formatHex(out);
	}
}
