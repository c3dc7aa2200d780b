package cn.jiazheng.credit.crypto;

import java.security.PrivateKey;
import java.security.PublicKey;

import cn.jiazheng.credit.crypto.internal.Sm2Support;

/**
 * SM2 (GB/T 32918) helpers for keys that are not the platform's own: verify a signature with someone's public key,
 * encrypt to someone's public key. Encryption always uses the ciphertext order C1C3C2 (GB/T 32918.4-2016), the rule
 * wherever SM2 encryption is used: C1 is the 65-byte uncompressed point, C3 the 32-byte SM3 hash, C2 the masked data.
 */
public final class Sm2 {

	/** The default signer ID of GM/T 0009-2012, used by every SM2 signature of this platform. */
	public static final String DEFAULT_USER_ID = "1234567812345678";

	private Sm2() {
	}

	/** SM3withSM2 with {@link #DEFAULT_USER_ID}; {@code false} for a wrong or malformed signature. */
	public static boolean verify(PublicKey publicKey, byte[] data, byte[] signature) {
		return Sm2Support.verify(Sm2Support.publicParameters(publicKey), data, signature);
	}

	/** C1C3C2 ciphertext, 97 bytes longer than the plaintext. */
	public static byte[] encrypt(PublicKey publicKey, byte[] plaintext) {
		return Sm2Support.encrypt(Sm2Support.publicParameters(publicKey), plaintext);
	}

	/** @throws CryptoException if the ciphertext was altered or is not for this key */
	public static byte[] decrypt(PrivateKey privateKey, byte[] ciphertext) {
		return Sm2Support.decrypt(Sm2Support.privateParameters(privateKey), ciphertext);
	}

	/**
	 * Reads an SM2 public key on curve sm2p256v1 given either as PEM (SubjectPublicKeyInfo) or as hex of the
	 * uncompressed point ({@code 04 || X || Y}).
	 *
	 * @throws CryptoException if it is neither, or not a point of sm2p256v1
	 */
	public static PublicKey parsePublicKey(String hexOrPem) {
		return Sm2Support.parsePublicKey(hexOrPem);
	}

	public static String toHex(PublicKey publicKey) {
		return Sm2Support.toHex(publicKey);
	}

	public static String toPem(PublicKey publicKey) {
		return Sm2Support.toPem(publicKey);
	}
}
