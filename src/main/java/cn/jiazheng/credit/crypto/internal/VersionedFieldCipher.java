package cn.jiazheng.credit.crypto.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import cn.jiazheng.credit.crypto.CryptoException;
import cn.jiazheng.credit.crypto.FieldCipher;
import cn.jiazheng.credit.crypto.KeyProvider;

/**
 * {@link FieldCipher} with the current field key of the {@link KeyProvider}; the header (format byte and key version)
 * is part of the authenticated data, so it cannot be altered either. Nonces are random: at 2^32 encryptions under one
 * key the chance of a repeated nonce becomes relevant, far beyond what one key version will ever see between rotations.
 */
final class VersionedFieldCipher implements FieldCipher {

	static final byte FORMAT = 1;
	static final int HEADER_LENGTH = 1 + 4;
	private static final int OVERHEAD = HEADER_LENGTH + Sm4Gcm.NONCE_LENGTH + Sm4Gcm.TAG_LENGTH;

	private final KeyProvider keys;
	private final SecureRandom random = new SecureRandom();

	VersionedFieldCipher(KeyProvider keys) {
		this.keys = keys;
	}

	@Override
	public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
		int version = keys.currentFieldKeyVersion();
		byte[] nonce = new byte[Sm4Gcm.NONCE_LENGTH];
		random.nextBytes(nonce);
		byte[] header = ByteBuffer.allocate(HEADER_LENGTH).put(FORMAT).putInt(version).array();
		byte[] sealed = Sm4Gcm.seal(keys.fieldKey(version).getEncoded(), nonce, authenticated(header, associatedData),
				plaintext);
		return ByteBuffer.allocate(HEADER_LENGTH + nonce.length + sealed.length).put(header).put(nonce).put(sealed).array();
	}

	@Override
	public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
		int version = keyVersion(ciphertext);
		byte[] header = Arrays.copyOfRange(ciphertext, 0, HEADER_LENGTH);
		byte[] nonce = Arrays.copyOfRange(ciphertext, HEADER_LENGTH, HEADER_LENGTH + Sm4Gcm.NONCE_LENGTH);
		byte[] sealed = Arrays.copyOfRange(ciphertext, HEADER_LENGTH + Sm4Gcm.NONCE_LENGTH, ciphertext.length);
		return Sm4Gcm.open(keys.fieldKey(version).getEncoded(), nonce, authenticated(header, associatedData), sealed);
	}

	@Override
	public String encryptText(String plaintext, String context) {
		if (plaintext == null) {
			return null;
		}
		return Base64.getEncoder().encodeToString(encrypt(plaintext.getBytes(StandardCharsets.UTF_8), utf8(context)));
	}

	@Override
	public String decryptText(String ciphertext, String context) {
		if (ciphertext == null) {
			return null;
		}
		return new String(decrypt(base64(ciphertext), utf8(context)), StandardCharsets.UTF_8);
	}

	@Override
	public int keyVersion(byte[] ciphertext) {
		if (ciphertext == null || ciphertext.length < OVERHEAD) {
			throw new CryptoException("not a field ciphertext: shorter than " + OVERHEAD + " bytes");
		}
		if (ciphertext[0] != FORMAT) {
			throw new CryptoException("not a field ciphertext: unknown format " + ciphertext[0]);
		}
		return ByteBuffer.wrap(ciphertext, 1, 4).getInt();
	}

	@Override
	public int keyVersionOfText(String ciphertext) {
		return keyVersion(base64(ciphertext));
	}

	private static byte[] authenticated(byte[] header, byte[] associatedData) {
		byte[] data = associatedData == null ? new byte[0] : associatedData;
		return ByteBuffer.allocate(header.length + data.length).put(header).put(data).array();
	}

	private static byte[] utf8(String text) {
		return text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] base64(String text) {
		try {
			return Base64.getDecoder().decode(text);
		}
		catch (IllegalArgumentException e) {
			throw new CryptoException("not a field ciphertext: invalid Base64", e);
		}
	}
}
