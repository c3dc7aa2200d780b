package cn.jiazheng.credit.crypto.internal;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/** HMAC (RFC 2104) over SM3, as specified for SM3 in GM/T 0042-2015. */
final class HmacSm3 {

	private HmacSm3() {
	}

	static byte[] mac(byte[] key, byte[] data) {
		HMac hmac = new HMac(new SM3Digest());
		hmac.init(new KeyParameter(key));
		hmac.update(data, 0, data.length);
		byte[] out = new byte[hmac.getMacSize()];
		hmac.doFinal(out, 0);
		return out;
	}
}
