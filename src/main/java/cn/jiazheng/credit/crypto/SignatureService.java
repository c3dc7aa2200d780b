package cn.jiazheng.credit.crypto;

import java.security.PublicKey;

/**
 * 签名服务: SM3withSM2 signatures with the platform's signing key (GB/T 32918.2, the user ID is the default
 * {@value Sm2#DEFAULT_USER_ID}). Signatures are DER-encoded {@code SEQUENCE { r INTEGER, s INTEGER }} (GB/T 35276).
 * Outsiders verify with the exported public key and {@link Sm2#verify(PublicKey, byte[], byte[])}.
 */
public interface SignatureService {

	byte[] sign(byte[] data);

	/** {@code false} for a wrong or malformed signature; never throws for bad input. */
	boolean verify(byte[] data, byte[] signature);

	PublicKey publicKey();

	/** Uncompressed point {@code 04 || X || Y}, 130 hex characters, the form Chinese SM2 toolkits expect. */
	String publicKeyHex();

	/** X.509 SubjectPublicKeyInfo as PEM ({@code -----BEGIN PUBLIC KEY-----}), named curve sm2p256v1. */
	String publicKeyPem();
}
