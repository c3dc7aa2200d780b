package cn.jiazheng.credit.crypto.internal;

import java.security.Provider;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The Bouncy Castle provider, used by instance and never registered with {@code Security.addProvider}, so that no
 * other part of the application silently switches to it.
 */
final class Bc {

	static final Provider PROVIDER = new BouncyCastleProvider();

	private Bc() {
	}
}
