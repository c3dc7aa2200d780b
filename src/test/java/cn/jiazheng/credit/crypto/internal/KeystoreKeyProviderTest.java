package cn.jiazheng.credit.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.jiazheng.credit.crypto.CryptoException;

class KeystoreKeyProviderTest {

	private static final char[] PASSWORD = "correct horse".toCharArray();

	@TempDir
	Path dir;

	@Test
	void firstStartWritesKeysThatTheNextStartReads() {
		Path file = dir.resolve("keys/platform.bcfks");
		assertThat(file).doesNotExist();

		KeystoreKeyProvider first = new KeystoreKeyProvider(file, PASSWORD);
		assertThat(file).exists();
		KeystoreKeyProvider second = new KeystoreKeyProvider(file, PASSWORD);

		assertThat(second.currentFieldKeyVersion()).isEqualTo(1);
		assertThat(second.fieldKey(1).getEncoded()).hasSize(16).isEqualTo(first.fieldKey(1).getEncoded());
		assertThat(second.fieldKey(1).getAlgorithm()).isEqualTo("SM4");
		assertThat(second.blindIndexKey().getEncoded()).hasSize(32).isEqualTo(first.blindIndexKey().getEncoded());
		assertThat(second.signingKeyPair().getPublic().getEncoded())
			.isEqualTo(first.signingKeyPair().getPublic().getEncoded());
		assertThat(second.signingKeyPair().getPrivate().getEncoded())
			.isEqualTo(first.signingKeyPair().getPrivate().getEncoded());
	}

	@Test
	void rotationIsPersistedAndKeepsOldVersions() {
		Path file = dir.resolve("platform.bcfks");
		KeystoreKeyProvider first = new KeystoreKeyProvider(file, PASSWORD);
		byte[] version1 = first.fieldKey(1).getEncoded();

		assertThat(first.rotateFieldKey()).isEqualTo(2);
		assertThat(first.rotateFieldKey()).isEqualTo(3);
		KeystoreKeyProvider reloaded = new KeystoreKeyProvider(file, PASSWORD);

		assertThat(reloaded.currentFieldKeyVersion()).isEqualTo(3);
		assertThat(reloaded.fieldKey(1).getEncoded()).isEqualTo(version1);
		assertThat(reloaded.fieldKey(3).getEncoded()).isEqualTo(first.fieldKey(3).getEncoded())
			.isNotEqualTo(reloaded.fieldKey(2).getEncoded());
		assertThat(dir).isDirectoryNotContaining("glob:**.tmp");
	}

	@Test
	void wrongPasswordIsAClearError() {
		Path file = dir.resolve("platform.bcfks");
		new KeystoreKeyProvider(file, PASSWORD);

		assertThatThrownBy(() -> new KeystoreKeyProvider(file, "wrong".toCharArray()))
			.isInstanceOf(CryptoException.class)
			.hasMessageContaining("cannot open keystore")
			.hasMessageContaining(file.getFileName().toString());
	}

	@Test
	void unknownVersionIsAClearError() {
		assertThatThrownBy(() -> KeystoreKeyProvider.inMemory().fieldKey(2)).isInstanceOf(CryptoException.class)
			.hasMessageContaining("no field key of version 2");
	}

	@Test
	void fileIsABcfksStoreReadableOnlyByItsOwnerWithASelfSignedSm2Certificate() throws Exception {
		Path file = dir.resolve("platform.bcfks");
		KeystoreKeyProvider keys = new KeystoreKeyProvider(file, PASSWORD);

		KeyStore store = KeyStore.getInstance("BCFKS", Bc.PROVIDER);
		try (InputStream in = Files.newInputStream(file)) {
			store.load(in, PASSWORD);
		}
		X509Certificate certificate = (X509Certificate) store.getCertificate("signing-sm2");
		certificate.verify(keys.signingKeyPair().getPublic(), Bc.PROVIDER);
		assertThat(certificate.getSigAlgName()).isEqualToIgnoringCase("SM3withSM2");
		assertThat(certificate.getPublicKey().getEncoded()).isEqualTo(keys.signingKeyPair().getPublic().getEncoded());
		if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
			assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		}
	}

	@Test
	void inMemoryKeysAreFreshEachTimeAndWriteNothing() {
		KeystoreKeyProvider a = KeystoreKeyProvider.inMemory();
		KeystoreKeyProvider b = KeystoreKeyProvider.inMemory();

		assertThat(a.fieldKey(1).getEncoded()).isNotEqualTo(b.fieldKey(1).getEncoded());
		assertThat(a.rotateFieldKey()).isEqualTo(2);
		assertThat(b.currentFieldKeyVersion()).isEqualTo(1);
	}
}
