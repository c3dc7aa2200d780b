package cn.jiazheng.credit.crypto.internal;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

import cn.jiazheng.credit.crypto.CryptoException;

/** SM4 in GCM mode (as in RFC 8998), 96-bit nonce, 128-bit tag. The raw primitive under the field cipher. */
final class Sm4Gcm {

	static final int NONCE_LENGTH = 12;
	static final int TAG_LENGTH = 16;

	private Sm4Gcm() {
	}

	/** @return ciphertext followed by the tag */
	static byte[] seal(byte[] key, byte[] nonce, byte[] associatedData, byte[] plaintext) {
		GCMModeCipher gcm = cipher(true, key, nonce, associatedData);
		byte[] out = new byte[gcm.getOutputSize(plaintext.length)];
		int n = gcm.processBytes(plaintext, 0, plaintext.length, out, 0);
		try {
			gcm.doFinal(out, n);
		}
		catch (InvalidCipherTextException e) {
			throw new IllegalStateException("encryption cannot fail to authenticate", e);
		}
		return out;
	}

	/** @throws CryptoException if the tag does not match: altered data, wrong key or wrong associated data */
	static byte[] open(byte[] key, byte[] nonce, byte[] associatedData, byte[] ciphertextAndTag) {
		GCMModeCipher gcm = cipher(false, key, nonce, associatedData);
		byte[] out = new byte[gcm.getOutputSize(ciphertextAndTag.length)];
		int n = gcm.processBytes(ciphertextAndTag, 0, ciphertextAndTag.length, out, 0);
		try {
			gcm.doFinal(out, n);
		}
		catch (InvalidCipherTextException e) {
			throw new CryptoException("SM4-GCM authentication failed: ciphertext altered, or wrong key or associated data", e);
		}
		return out;
	}

	private static GCMModeCipher cipher(boolean encrypt, byte[] key, byte[] nonce, byte[] associatedData) {
		GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
		gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_LENGTH * 8, nonce, associatedData));
		return gcm;
	}
}
