package cn.jiazheng.credit.crypto.internal;

import java.security.PublicKey;

import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;

import cn.jiazheng.credit.crypto.KeyProvider;
import cn.jiazheng.credit.crypto.SignatureService;

/** {@link SignatureService} with the platform's SM2 key pair from the {@link KeyProvider}. */
final class Sm2SignatureService implements SignatureService {

	private final PublicKey publicKey;
	private final ECPublicKeyParameters publicParameters;
	private final ECPrivateKeyParameters privateParameters;

	Sm2SignatureService(KeyProvider keys) {
		this.publicKey = keys.signingKeyPair().getPublic();
		this.publicParameters = Sm2Support.publicParameters(publicKey);
		this.privateParameters = Sm2Support.privateParameters(keys.signingKeyPair().getPrivate());
	}

	@Override
	public byte[] sign(byte[] data) {
		return Sm2Support.sign(privateParameters, Sm2Support.RANDOM, data);
	}

	@Override
	public boolean verify(byte[] data, byte[] signature) {
		return Sm2Support.verify(publicParameters, data, signature);
	}

	@Override
	public PublicKey publicKey() {
		return publicKey;
	}

	@Override
	public String publicKeyHex() {
		return Sm2Support.toHex(publicKey);
	}

	@Override
	public String publicKeyPem() {
		return Sm2Support.toPem(publicKey);
	}
}
