package cn.jiazheng.credit.crypto;

import java.security.KeyPair;

import javax.crypto.SecretKey;

/**
 * 密钥管理: the one seam between the cryptographic services and wherever keys live (a keystore file today, an HSM or
 * KMS later). Keys are handed out as JCA objects so that an implementation may back them by whatever it likes.
 * <ul>
 * <li>Field keys (SM4, 128 bit) carry integer versions starting at 1. The highest version is current and encrypts new
 * data; older versions stay available so that existing ciphertexts still decrypt.</li>
 * <li>One blind-index key (HMAC-SM3, 256 bit). It is not versioned: changing it would orphan every stored index.</li>
 * <li>One SM2 key pair on curve sm2p256v1 that signs what the platform issues (trust codes, reports).</li>
 * </ul>
 */
public interface KeyProvider {

	/** The version new ciphertexts are made with. */
	int currentFieldKeyVersion();

	/** @throws CryptoException if no field key of that version exists */
	SecretKey fieldKey(int version);

	/** Creates field key version n+1, makes it current and persists it before returning its version. */
	int rotateFieldKey();

	SecretKey blindIndexKey();

	KeyPair signingKeyPair();
}
