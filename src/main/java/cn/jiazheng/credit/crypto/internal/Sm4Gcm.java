package cn.jiazheng.credit.crypto.internal;

import java.security.MessageDigest;
import java.util.Arrays;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;

import cn.jiazheng.credit.crypto.CryptoException;

/**
 * SM4 in GCM mode (as in RFC 8998), 96-bit nonce, 128-bit tag. The raw primitive under the field cipher.
 * <p>
 * Each thread keeps its GCM instance for the last key it used: setting up a key (SM4 key schedule, the hash key and
 * Bouncy Castle's 4k multiplication tables) cost more than sealing a short field. Re-initialised without a key, the
 * instance keeps that setup and takes only the new nonce and associated data; every message still gets its own nonce
 * from the caller, and Bouncy Castle itself refuses a repeated nonce for encryption.
 */
final class Sm4Gcm {

	static final int NONCE_LENGTH = 12;
	static final int TAG_LENGTH = 16;

	private static final ThreadLocal<Keyed> LAST = new ThreadLocal<>();

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
		Keyed last = LAST.get();
		// Bouncy Castle refuses to re-initialise for encryption under the nonce it last saw; choosing nonces is the
		// caller's part (the field cipher's are random), so such a call gets a fresh instance, as every call once did.
		if (last != null && MessageDigest.isEqual(last.key, key) && !(encrypt && Arrays.equals(last.nonce, nonce))) {
			// No key: Bouncy Castle keeps the key's setup and resets everything else for this nonce.
			last.gcm.init(encrypt, new AEADParameters(null, TAG_LENGTH * 8, nonce, associatedData));
			last.nonce = nonce.clone();
			return last.gcm;
		}
		GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
		gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_LENGTH * 8, nonce, associatedData));
		LAST.set(new Keyed(key.clone(), gcm, nonce.clone()));
		return gcm;
	}

	/** A thread's GCM instance, the key it was set up with and the nonce it last took. */
	private static final class Keyed {

		final byte[] key;

		final GCMModeCipher gcm;

		byte[] nonce;

		Keyed(byte[] key, GCMModeCipher gcm, byte[] nonce) {
			this.key = key;
			this.gcm = gcm;
			this.nonce = nonce;
		}
	}
}
