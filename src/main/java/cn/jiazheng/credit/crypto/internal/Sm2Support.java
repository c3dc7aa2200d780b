package cn.jiazheng.credit.crypto.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.X509EncodedKeySpec;
import java.util.HexFormat;

import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM2Engine;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.spec.ECPublicKeySpec;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;
import org.bouncycastle.util.io.pem.PemWriter;

import cn.jiazheng.credit.crypto.CryptoException;
import cn.jiazheng.credit.crypto.Sm2;

/**
 * SM2 on the lightweight Bouncy Castle API, restricted to the recommended curve sm2p256v1 (GB/T 32918.5). Public for
 * the root helper {@link Sm2}; other modules use that helper, not this class.
 */
public final class Sm2Support {

	static final SecureRandom RANDOM = new SecureRandom();

	static final String CURVE = "sm2p256v1";
	static final X9ECParameters X9 = GMNamedCurves.getByName(CURVE);
	static final ECDomainParameters DOMAIN = new ECDomainParameters(X9);

	private static final byte[] USER_ID = Sm2.DEFAULT_USER_ID.getBytes(StandardCharsets.US_ASCII);

	private Sm2Support() {
	}

	static byte[] sign(ECPrivateKeyParameters key, SecureRandom random, byte[] data) {
		SM2Signer signer = new SM2Signer(StandardDSAEncoding.INSTANCE, new SM3Digest());
		signer.init(true, new ParametersWithID(new ParametersWithRandom(key, random), USER_ID));
		signer.update(data, 0, data.length);
		try {
			return signer.generateSignature();
		}
		catch (org.bouncycastle.crypto.CryptoException e) {
			throw new CryptoException("SM2 signing failed", e);
		}
	}

	public static boolean verify(ECPublicKeyParameters key, byte[] data, byte[] signature) {
		if (data == null || signature == null) {
			return false;
		}
		SM2Signer signer = new SM2Signer(StandardDSAEncoding.INSTANCE, new SM3Digest());
		signer.init(false, new ParametersWithID(key, USER_ID));
		signer.update(data, 0, data.length);
		try {
			return signer.verifySignature(signature);
		}
		catch (RuntimeException malformed) {
			return false;
		}
	}

	public static byte[] encrypt(ECPublicKeyParameters key, byte[] plaintext) {
		return encrypt(key, RANDOM, plaintext);
	}

	static byte[] encrypt(ECPublicKeyParameters key, SecureRandom random, byte[] plaintext) {
		SM2Engine engine = new SM2Engine(new SM3Digest(), SM2Engine.Mode.C1C3C2);
		engine.init(true, new ParametersWithRandom(key, random));
		try {
			return engine.processBlock(plaintext, 0, plaintext.length);
		}
		catch (InvalidCipherTextException e) {
			throw new CryptoException("SM2 encryption failed", e);
		}
	}

	public static byte[] decrypt(ECPrivateKeyParameters key, byte[] ciphertext) {
		SM2Engine engine = new SM2Engine(new SM3Digest(), SM2Engine.Mode.C1C3C2);
		engine.init(false, key);
		try {
			return engine.processBlock(ciphertext, 0, ciphertext.length);
		}
		catch (InvalidCipherTextException | RuntimeException e) {
			throw new CryptoException("SM2 decryption failed: ciphertext altered or not for this key", e);
		}
	}

	public static ECPublicKeyParameters publicParameters(PublicKey key) {
		try {
			ECPublicKeyParameters params = (ECPublicKeyParameters) PublicKeyFactory.createKey(key.getEncoded());
			requireSm2Curve(params.getParameters());
			return params;
		}
		catch (IOException | ClassCastException | IllegalArgumentException e) {
			throw new CryptoException("not an SM2 public key", e);
		}
	}

	public static ECPrivateKeyParameters privateParameters(PrivateKey key) {
		try {
			ECPrivateKeyParameters params = (ECPrivateKeyParameters) PrivateKeyFactory.createKey(key.getEncoded());
			requireSm2Curve(params.getParameters());
			return params;
		}
		catch (IOException | ClassCastException | IllegalArgumentException e) {
			throw new CryptoException("not an SM2 private key", e);
		}
	}

	private static void requireSm2Curve(ECDomainParameters params) {
		if (!params.getCurve().equals(DOMAIN.getCurve()) || !params.getG().equals(DOMAIN.getG())) {
			throw new CryptoException("key is not on curve " + CURVE);
		}
	}

	public static PublicKey parsePublicKey(String hexOrPem) {
		if (hexOrPem == null || hexOrPem.isBlank()) {
			throw new CryptoException("no public key given");
		}
		String text = hexOrPem.strip();
		try {
			PublicKey key = text.startsWith("-----BEGIN") ? fromPem(text) : fromPoint(HexFormat.of().parseHex(text));
			publicParameters(key);
			return key;
		}
		catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
			throw new CryptoException("unreadable SM2 public key", e);
		}
	}

	private static PublicKey fromPem(String pem) throws IOException, GeneralSecurityException {
		try (PemReader reader = new PemReader(new StringReader(pem))) {
			PemObject object = reader.readPemObject();
			if (object == null || !"PUBLIC KEY".equals(object.getType())) {
				throw new IllegalArgumentException("expected a PEM PUBLIC KEY");
			}
			return KeyFactory.getInstance("EC", Bc.PROVIDER).generatePublic(new X509EncodedKeySpec(object.getContent()));
		}
	}

	static PublicKey fromPoint(byte[] encodedPoint) throws GeneralSecurityException {
		ECPoint point = DOMAIN.getCurve().decodePoint(encodedPoint);
		return KeyFactory.getInstance("EC", Bc.PROVIDER)
			.generatePublic(new ECPublicKeySpec(point, ECNamedCurveTable.getParameterSpec(CURVE)));
	}

	static ECPrivateKeyParameters privateParameters(BigInteger d) {
		return new ECPrivateKeyParameters(d, DOMAIN);
	}

	public static String toHex(PublicKey key) {
		return HexFormat.of().formatHex(publicParameters(key).getQ().getEncoded(false));
	}

	public static String toPem(PublicKey key) {
		publicParameters(key);
		StringWriter out = new StringWriter();
		try (PemWriter writer = new PemWriter(out)) {
			writer.writeObject(new PemObject("PUBLIC KEY", key.getEncoded()));
		}
		catch (IOException e) {
			throw new IllegalStateException("writing to a string cannot fail", e);
		}
		return out.toString();
	}
}
