package cn.jiazheng.credit.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.junit.jupiter.api.Test;

import cn.jiazheng.credit.crypto.CryptoException;

/**
 * {@link Sm4Gcm} keeps a thread's GCM set up for the last key: every message must still come out exactly as from a
 * fresh cipher set up for it alone, whatever came before it (other keys, opening, a failed opening, the same nonce).
 */
class Sm4GcmReuseTest {

	@Test
	void everyMessageAsFromAFreshCipher() throws Exception {
		SplittableRandom random = new SplittableRandom(8998);
		byte[][] keys = { bytes(random, 16), bytes(random, 16) };
		for (int i = 0; i < 300; i++) {
			byte[] key = keys[random.nextInt(5) == 0 ? 1 : 0];
			byte[] nonce = bytes(random, Sm4Gcm.NONCE_LENGTH);
			byte[] aad = bytes(random, random.nextInt(80));
			byte[] plaintext = bytes(random, random.nextInt(200));

			byte[] sealed = Sm4Gcm.seal(key, nonce, aad, plaintext);

			assertThat(sealed).isEqualTo(fresh(key, nonce, aad, plaintext));
			assertThat(Sm4Gcm.open(key, nonce, aad, sealed)).isEqualTo(plaintext);
			if (i % 7 == 0) {
				byte[] wrong = Arrays.copyOf(aad, aad.length + 1);
				assertThatThrownBy(() -> Sm4Gcm.open(key, nonce, wrong, sealed)).isInstanceOf(CryptoException.class);
			}
			if (i % 11 == 0) {
				// The same nonce twice was the caller's choice before; it still gives the same answer, not a refusal.
				assertThat(Sm4Gcm.seal(key, nonce, aad, plaintext)).isEqualTo(sealed);
			}
		}
	}

	@Test
	void wrongKeyDoesNotOpen() {
		SplittableRandom random = new SplittableRandom(1);
		byte[] key = bytes(random, 16);
		byte[] other = bytes(random, 16);
		byte[] nonce = bytes(random, Sm4Gcm.NONCE_LENGTH);
		byte[] sealed = Sm4Gcm.seal(key, nonce, null, new byte[] { 1, 2, 3 });

		assertThatThrownBy(() -> Sm4Gcm.open(other, nonce, null, sealed)).isInstanceOf(CryptoException.class);
		assertThat(Sm4Gcm.open(key, nonce, null, sealed)).containsExactly(1, 2, 3);
	}

	private static byte[] fresh(byte[] key, byte[] nonce, byte[] aad, byte[] plaintext) throws Exception {
		GCMModeCipher gcm = GCMBlockCipher.newInstance(new SM4Engine());
		gcm.init(true, new AEADParameters(new KeyParameter(key), Sm4Gcm.TAG_LENGTH * 8, nonce, aad));
		byte[] out = new byte[gcm.getOutputSize(plaintext.length)];
		int n = gcm.processBytes(plaintext, 0, plaintext.length, out, 0);
		gcm.doFinal(out, n);
		return out;
	}

	private static byte[] bytes(SplittableRandom random, int length) {
		byte[] out = new byte[length];
		random.nextBytes(out);
		return out;
	}
}
