package cn.jiazheng.credit.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;

import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

import cn.jiazheng.credit.crypto.CryptoException;
import cn.jiazheng.credit.crypto.SignatureService;
import cn.jiazheng.credit.crypto.Sm2;
import cn.jiazheng.credit.crypto.Sm3;

class SignatureServiceTest {

	private static final byte[] TRUST_CODE = "TC|worker=42|cert=2026-000017|valid=2027-06-30".getBytes(StandardCharsets.UTF_8);

	private final KeystoreKeyProvider keys = KeystoreKeyProvider.inMemory();
	private final SignatureService signatures = new Sm2SignatureService(keys);

	@Test
	void signatureVerifies() {
		byte[] signature = signatures.sign(TRUST_CODE);

		assertThat(signatures.verify(TRUST_CODE, signature)).isTrue();
		assertThat(signatures.sign(TRUST_CODE)).as("random k").isNotEqualTo(signature);
	}

	@Test
	void changedMessageOrSignatureFails() {
		byte[] signature = signatures.sign(TRUST_CODE);
		byte[] changedMessage = TRUST_CODE.clone();
		changedMessage[changedMessage.length - 1] ^= 1;
		byte[] changedSignature = signature.clone();
		changedSignature[signature.length - 1] ^= 1;

		assertThat(signatures.verify(changedMessage, signature)).isFalse();
		assertThat(signatures.verify(TRUST_CODE, changedSignature)).isFalse();
		assertThat(signatures.verify(TRUST_CODE, Arrays.copyOf(signature, 10))).isFalse();
		assertThat(signatures.verify(TRUST_CODE, new byte[0])).isFalse();
	}

	@Test
	void anotherPlatformKeyDoesNotVerify() {
		byte[] signature = signatures.sign(TRUST_CODE);

		assertThat(new Sm2SignatureService(KeystoreKeyProvider.inMemory()).verify(TRUST_CODE, signature)).isFalse();
	}

	@Test
	void outsidersVerifyWithTheExportedHexOrPem() {
		byte[] signature = signatures.sign(TRUST_CODE);

		assertThat(signatures.publicKeyHex()).matches("04[0-9a-f]{128}");
		assertThat(signatures.publicKeyPem()).startsWith("-----BEGIN PUBLIC KEY-----").contains("-----END PUBLIC KEY-----");
		assertThat(Sm2.verify(Sm2.parsePublicKey(signatures.publicKeyHex()), TRUST_CODE, signature)).isTrue();
		assertThat(Sm2.verify(Sm2.parsePublicKey(signatures.publicKeyPem()), TRUST_CODE, signature)).isTrue();
		assertThat(Sm2.toHex(Sm2.parsePublicKey(signatures.publicKeyPem()))).isEqualTo(signatures.publicKeyHex());
	}

	@Test
	void pemNamesTheSm2Curve() {
		SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(Sm2.parsePublicKey(signatures.publicKeyHex()).getEncoded());

		assertThat(info.getAlgorithm().getParameters()).isEqualTo(GMObjectIdentifiers.sm2p256v1);
	}

	@Test
	void keysOfOtherCurvesOrGarbageAreRejected() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", Bc.PROVIDER);
		generator.initialize(new ECGenParameterSpec("P-256"));
		PublicKey p256 = generator.generateKeyPair().getPublic();

		assertThatThrownBy(() -> Sm2.parsePublicKey(pem(p256))).isInstanceOf(CryptoException.class);
		assertThatThrownBy(() -> Sm2.verify(p256, TRUST_CODE, new byte[64])).isInstanceOf(CryptoException.class);
		assertThatThrownBy(() -> Sm2.parsePublicKey("04abcd")).isInstanceOf(CryptoException.class);
		assertThatThrownBy(() -> Sm2.parsePublicKey("")).isInstanceOf(CryptoException.class);
	}

	@Test
	void encryptionRoundTripsInC1C3C2Order() {
		byte[] message = "身份证号 11010519491231002X".getBytes(StandardCharsets.UTF_8);
		PublicKey publicKey = keys.signingKeyPair().getPublic();

		byte[] ciphertext = Sm2.encrypt(publicKey, message);

		assertThat(ciphertext).hasSize(65 + 32 + message.length);
		assertThat(ciphertext[0]).as("C1 is an uncompressed point").isEqualTo((byte) 0x04);
		// C3 = SM3(x2 || M || y2) where (x2, y2) = d * C1, right after the 65-byte C1.
		ECPrivateKeyParameters d = Sm2Support.privateParameters(keys.signingKeyPair().getPrivate());
		ECPoint shared = Sm2Support.DOMAIN.getCurve().decodePoint(Arrays.copyOf(ciphertext, 65)).multiply(d.getD()).normalize();
		byte[] x2My2 = concat(shared.getAffineXCoord().getEncoded(), message, shared.getAffineYCoord().getEncoded());
		assertThat(Arrays.copyOfRange(ciphertext, 65, 97)).isEqualTo(Sm3.digest(x2My2));
		assertThat(Sm2.decrypt(keys.signingKeyPair().getPrivate(), ciphertext)).isEqualTo(message);
		assertThat(Sm2.encrypt(publicKey, message)).isNotEqualTo(ciphertext);
	}

	@Test
	void alteredSm2CiphertextIsRejected() {
		byte[] ciphertext = Sm2.encrypt(keys.signingKeyPair().getPublic(), "秘密".getBytes(StandardCharsets.UTF_8));
		ciphertext[ciphertext.length - 1] ^= 1;

		assertThatThrownBy(() -> Sm2.decrypt(keys.signingKeyPair().getPrivate(), ciphertext))
			.isInstanceOf(CryptoException.class);
	}

	private static String pem(PublicKey key) throws Exception {
		java.io.StringWriter out = new java.io.StringWriter();
		try (org.bouncycastle.util.io.pem.PemWriter writer = new org.bouncycastle.util.io.pem.PemWriter(out)) {
			writer.writeObject(new org.bouncycastle.util.io.pem.PemObject("PUBLIC KEY", key.getEncoded()));
		}
		return out.toString();
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, all, at, part.length);
			at += part.length;
		}
		return all;
	}
}
