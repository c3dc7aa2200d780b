package cn.jiazheng.credit.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.HexFormat;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.util.test.TestRandomBigInteger;
import org.junit.jupiter.api.Test;

import cn.jiazheng.credit.crypto.Sm2;

/**
 * SM2 on the recommended curve sm2p256v1 against GM/T 0003.5-2012 (= GB/T 32918.5-2017) annex A: the signature example
 * with the default user ID "1234567812345678" and message "message digest", and the encryption example with message
 * "encryption standard", both with the published key pair and ephemeral k. OpenSSL's test/sm2_internal_test.c uses
 * the same values.
 */
class Sm2KnownAnswerTest {

	private static final HexFormat HEX = HexFormat.of().withUpperCase();
	private static final String PRIVATE_KEY = "3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8";
	private static final String PUBLIC_KEY = "04"
			+ "09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020"
			+ "CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13";
	private static final String K = "59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21";
	private static final BigInteger R = new BigInteger("F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3", 16);
	private static final BigInteger S = new BigInteger("B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA", 16);
	private static final byte[] SIGNED_MESSAGE = "message digest".getBytes(StandardCharsets.US_ASCII);

	private final ECPrivateKeyParameters privateKey = Sm2Support.privateParameters(new BigInteger(PRIVATE_KEY, 16));

	@Test
	void publishedPublicKeyBelongsToPublishedPrivateKey() {
		assertThat(HEX.formatHex(Sm2Support.DOMAIN.getG().multiply(privateKey.getD()).normalize().getEncoded(false)))
			.isEqualTo(PUBLIC_KEY);
	}

	@Test
	void signingWithThePublishedKGivesThePublishedSignature() throws Exception {
		byte[] signature = Sm2Support.sign(privateKey, new TestRandomBigInteger(K, 16), SIGNED_MESSAGE);

		ASN1Sequence rs = ASN1Sequence.getInstance(signature);
		assertThat(ASN1Integer.getInstance(rs.getObjectAt(0)).getValue()).isEqualTo(R);
		assertThat(ASN1Integer.getInstance(rs.getObjectAt(1)).getValue()).isEqualTo(S);
	}

	@Test
	void publishedSignatureVerifiesWithThePublicHelper() throws Exception {
		PublicKey publicKey = Sm2.parsePublicKey(PUBLIC_KEY);
		byte[] signature = new DERSequence(new ASN1Integer[] { new ASN1Integer(R), new ASN1Integer(S) }).getEncoded();

		assertThat(Sm2.verify(publicKey, SIGNED_MESSAGE, signature)).isTrue();
		assertThat(Sm2.verify(publicKey, "message digesT".getBytes(StandardCharsets.US_ASCII), signature)).isFalse();
		byte[] otherS = new DERSequence(new ASN1Integer[] { new ASN1Integer(R), new ASN1Integer(S.add(BigInteger.ONE)) })
			.getEncoded();
		assertThat(Sm2.verify(publicKey, SIGNED_MESSAGE, otherS)).isFalse();
	}

	@Test
	void encryptionWithThePublishedKGivesThePublishedC1C3C2() throws Exception {
		byte[] message = "encryption standard".getBytes(StandardCharsets.US_ASCII);
		String c1 = "04" + "04EBFC718E8D1798620432268E77FEB6415E2EDE0E073C0F4F640ECD2E149A73"
				+ "E858F9D81E5430A57B36DAAB8F950A3C64E6EE6A63094D99283AFF767E124DF0";
		String c3 = "59983C18F809E262923C53AEC295D30383B54E39D609D160AFCB1908D0BD8766";
		String c2 = "21886CA989CA9C7D58087307CA93092D651EFA";

		byte[] ciphertext = Sm2Support.encrypt(Sm2Support.publicParameters(Sm2.parsePublicKey(PUBLIC_KEY)),
				new TestRandomBigInteger(K, 16), message);

		assertThat(HEX.formatHex(ciphertext)).isEqualTo(c1 + c3 + c2);
		assertThat(Sm2Support.decrypt(privateKey, HEX.parseHex(c1 + c3 + c2))).isEqualTo(message);
	}
}
