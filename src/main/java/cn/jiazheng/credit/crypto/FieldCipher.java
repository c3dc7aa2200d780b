package cn.jiazheng.credit.crypto;

/**
 * 字段加密: SM4-GCM encryption of sensitive fields at rest (ID numbers, health results, background checks).
 * <p>
 * Binary layout of a ciphertext: 1 byte format (1), 4 bytes key version (big-endian), 12 bytes random nonce, then the
 * encrypted bytes followed by the 16-byte GCM tag; 33 bytes of overhead. The format byte and key version are
 * authenticated too. Because every ciphertext names its key version, field keys can rotate
 * ({@link KeyProvider#rotateFieldKey()}) without re-encrypting old rows first.
 * <p>
 * Associated data binds a ciphertext to where it belongs, e.g. {@code "archive.worker.id_number:" + workerId}: a value
 * copied into another row or column then fails to decrypt. It is not stored; pass the same bytes to decrypt.
 * <p>
 * Storage: the text methods produce standard Base64 of the binary form, meant for a {@code text} column; the byte
 * methods suit a {@code bytea} column. Any failure (tampering, wrong associated data, unknown key version) throws
 * {@link CryptoException}; nothing is ever returned unverified.
 */
public interface FieldCipher {

	/** @param associatedData may be {@code null}, which means empty */
	byte[] encrypt(byte[] plaintext, byte[] associatedData);

	byte[] decrypt(byte[] ciphertext, byte[] associatedData);

	/** UTF-8 text in, Base64 out; {@code null} stays {@code null} so that nullable columns need no special case. */
	String encryptText(String plaintext, String context);

	/** Inverse of {@link #encryptText}; {@code null} stays {@code null}. */
	String decryptText(String ciphertext, String context);

	/** The key version a ciphertext was made with, e.g. to find rows still on an old key after rotation. */
	int keyVersion(byte[] ciphertext);

	/** {@link #keyVersion(byte[])} for the Base64 text form. */
	int keyVersionOfText(String ciphertext);
}
