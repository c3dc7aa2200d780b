package cn.jiazheng.credit.crypto;

/**
 * 密码运算异常: a ciphertext or signature that does not verify, a missing key, an unreadable keystore. Unchecked,
 * because no caller can repair tampered data; it must surface as a server error and be investigated.
 */
public class CryptoException extends RuntimeException {

	public CryptoException(String message) {
		super(message);
	}

	public CryptoException(String message, Throwable cause) {
		super(message, cause);
	}
}
