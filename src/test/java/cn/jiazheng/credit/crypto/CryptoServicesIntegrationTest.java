package cn.jiazheng.credit.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The services as other modules get them from the application context. Without {@code jiazheng.crypto.keystore} the
 * keys live in {@code data/keys/platform.bcfks} (git-ignored), generated on the first run and reused afterwards. The test
 * deliberately does not rotate, so that repeated runs do not pile up key versions in that development keystore.
 */
@SpringBootTest
class CryptoServicesIntegrationTest {

	@Autowired
	FieldCipher fieldCipher;

	@Autowired
	BlindIndex blindIndex;

	@Autowired
	SignatureService signatures;

	@Autowired
	KeyProvider keys;

	@Test
	void servicesWorkTogetherWithTheDevelopmentKeystore() {
		String stored = fieldCipher.encryptText("11010519491231002X", "archive.worker.id_number:1");

		assertThat(fieldCipher.decryptText(stored, "archive.worker.id_number:1")).isEqualTo("11010519491231002X");
		assertThat(fieldCipher.keyVersionOfText(stored)).isEqualTo(keys.currentFieldKeyVersion());
		assertThat(blindIndex.index("archive.worker.id_number", "11010519491231002X")).hasSize(64);
		assertThat(Path.of("data/keys/platform.bcfks")).exists();
	}

	@Test
	void signaturesVerifyWithTheExportedPublicKey() {
		byte[] data = "放心码 worker 1".getBytes(StandardCharsets.UTF_8);

		byte[] signature = signatures.sign(data);

		assertThat(Sm2.verify(Sm2.parsePublicKey(signatures.publicKeyPem()), data, signature)).isTrue();
		assertThat(signatures.publicKey().getEncoded()).isEqualTo(keys.signingKeyPair().getPublic().getEncoded());
	}
}
