package cn.jiazheng.credit.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.jiazheng.credit.crypto.CryptoException;
import cn.jiazheng.credit.crypto.FieldCipher;

class FieldCipherTest {

	private static final String CONTEXT = "archive.worker.id_number:42";

	@TempDir
	Path dir;

	private final KeystoreKeyProvider keys = KeystoreKeyProvider.inMemory();
	private final FieldCipher cipher = new VersionedFieldCipher(keys);

	@Test
	void chineseTextRoundTrips() {
		String secret = "张三，身份证 11010519491231002X，乙肝表面抗原阳性";

		String stored = cipher.encryptText(secret, CONTEXT);

		assertThat(stored).doesNotContain("张三").doesNotContain("11010519491231002X");
		assertThat(Base64.getDecoder().decode(stored)).hasSize(33 + secret.getBytes(StandardCharsets.UTF_8).length);
		assertThat(cipher.decryptText(stored, CONTEXT)).isEqualTo(secret);
	}

	@Test
	void bytesRoundTripIncludingEmpty() {
		assertThat(cipher.decrypt(cipher.encrypt(new byte[] { 0, 1, 2, -1 }, null), new byte[0]))
			.containsExactly(0, 1, 2, -1);
		assertThat(cipher.decrypt(cipher.encrypt(new byte[0], new byte[0]), null)).isEmpty();
	}

	@Test
	void layoutIsFormatVersionNonceCiphertextTag() {
		byte[] ciphertext = cipher.encrypt("abc".getBytes(StandardCharsets.UTF_8), null);

		assertThat(ciphertext).hasSize(1 + 4 + 12 + 3 + 16);
		assertThat(ciphertext[0]).isEqualTo((byte) 1);
		assertThat(ciphertext[1] | ciphertext[2] | ciphertext[3]).isZero();
		assertThat(ciphertext[4]).isEqualTo((byte) 1);
		assertThat(cipher.keyVersion(ciphertext)).isEqualTo(1);
	}

	@Test
	void sameValueEncryptsDifferentlyEachTime() {
		assertThat(cipher.encryptText("11010519491231002X", CONTEXT))
			.isNotEqualTo(cipher.encryptText("11010519491231002X", CONTEXT));
	}

	/** Every region: format, version, nonce, ciphertext, tag. */
	@ParameterizedTest
	@ValueSource(ints = { 0, 3, 4, 5, 16, 17, 19, 20, 35 })
	void anyFlippedBitIsDetected(int position) {
		byte[] ciphertext = cipher.encrypt("abc".getBytes(StandardCharsets.UTF_8), CONTEXT.getBytes(StandardCharsets.UTF_8));
		ciphertext[position] ^= 0x01;

		assertThatThrownBy(() -> cipher.decrypt(ciphertext, CONTEXT.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(CryptoException.class);
	}

	@Test
	void wrongContextIsRejected() {
		String stored = cipher.encryptText("11010519491231002X", CONTEXT);

		assertThatThrownBy(() -> cipher.decryptText(stored, "archive.worker.id_number:43"))
			.isInstanceOf(CryptoException.class)
			.hasMessageContaining("authentication failed");
		assertThatThrownBy(() -> cipher.decryptText(stored, null)).isInstanceOf(CryptoException.class);
	}

	@Test
	void truncatedOrGarbageIsRejected() {
		byte[] ciphertext = cipher.encrypt("abc".getBytes(StandardCharsets.UTF_8), null);

		assertThatThrownBy(() -> cipher.decrypt(java.util.Arrays.copyOf(ciphertext, 32), null))
			.isInstanceOf(CryptoException.class);
		assertThatThrownBy(() -> cipher.decryptText("not base64!", CONTEXT)).isInstanceOf(CryptoException.class);
		assertThatThrownBy(() -> cipher.decrypt(null, null)).isInstanceOf(CryptoException.class);
	}

	@Test
	void nullTextStaysNull() {
		assertThat(cipher.encryptText(null, CONTEXT)).isNull();
		assertThat(cipher.decryptText(null, CONTEXT)).isNull();
	}

	@Test
	void rotationKeepsOldCiphertextsReadable() {
		String before = cipher.encryptText("旧值", CONTEXT);

		assertThat(keys.rotateFieldKey()).isEqualTo(2);
		String after = cipher.encryptText("新值", CONTEXT);

		assertThat(cipher.keyVersionOfText(before)).isEqualTo(1);
		assertThat(cipher.keyVersionOfText(after)).isEqualTo(2);
		assertThat(cipher.decryptText(before, CONTEXT)).isEqualTo("旧值");
		assertThat(cipher.decryptText(after, CONTEXT)).isEqualTo("新值");
	}

	@Test
	void keyVersionInHeaderCannotBeSwapped() {
		keys.rotateFieldKey();
		byte[] ciphertext = cipher.encrypt("abc".getBytes(StandardCharsets.UTF_8), null);
		ciphertext[4] = 1;

		assertThatThrownBy(() -> cipher.decrypt(ciphertext, null)).isInstanceOf(CryptoException.class);
	}

	@Test
	void unknownKeyVersionIsNamed() {
		byte[] ciphertext = cipher.encrypt("abc".getBytes(StandardCharsets.UTF_8), null);
		ciphertext[4] = 9;

		assertThatThrownBy(() -> cipher.decrypt(ciphertext, null)).isInstanceOf(CryptoException.class)
			.hasMessageContaining("version 9");
	}

	@Test
	void ciphertextSurvivesARestart() {
		Path file = dir.resolve("keys/platform.bcfks");
		KeystoreKeyProvider first = new KeystoreKeyProvider(file, "s3cret".toCharArray());
		String old = new VersionedFieldCipher(first).encryptText("重启前", CONTEXT);
		first.rotateFieldKey();
		String current = new VersionedFieldCipher(first).encryptText("轮换后", CONTEXT);

		FieldCipher restarted = new VersionedFieldCipher(new KeystoreKeyProvider(file, "s3cret".toCharArray()));

		assertThat(restarted.decryptText(old, CONTEXT)).isEqualTo("重启前");
		assertThat(restarted.decryptText(current, CONTEXT)).isEqualTo("轮换后");
		assertThat(restarted.keyVersionOfText(restarted.encryptText("x", CONTEXT))).isEqualTo(2);
	}
}
