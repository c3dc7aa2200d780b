package cn.jiazheng.credit.crypto.internal;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.jiazheng.credit.crypto.BlindIndex;
import cn.jiazheng.credit.crypto.FieldCipher;
import cn.jiazheng.credit.crypto.KeyProvider;
import cn.jiazheng.credit.crypto.SignatureService;

/**
 * Wires the cryptographic services. To use an HSM or KMS, replace the {@link KeyProvider} bean; the services only see
 * the interface.
 */
@Configuration(proxyBeanMethods = false)
class CryptoConfiguration {

	static final String DEVELOPMENT_PASSWORD = "jiazheng-development-only";
	private static final Logger log = LoggerFactory.getLogger(CryptoConfiguration.class);

	@Bean
	KeyProvider keyProvider(@Value("${jiazheng.crypto.keystore:data/keys/platform.bcfks}") String keystore,
			@Value("${jiazheng.crypto.keystore-password:}") String password) {
		if (keystore.isBlank()) {
			log.warn("jiazheng.crypto.keystore is empty: keys live in memory and are lost on restart");
			return KeystoreKeyProvider.inMemory();
		}
		if (password.isEmpty()) {
			log.warn("jiazheng.crypto.keystore-password is not set: the keystore {} uses the development password",
					keystore);
			password = DEVELOPMENT_PASSWORD;
		}
		return new KeystoreKeyProvider(Path.of(keystore), password.toCharArray());
	}

	@Bean
	FieldCipher fieldCipher(KeyProvider keyProvider) {
		return new VersionedFieldCipher(keyProvider);
	}

	@Bean
	BlindIndex blindIndex(KeyProvider keyProvider) {
		return new HmacSm3BlindIndex(keyProvider);
	}

	@Bean
	SignatureService signatureService(KeyProvider keyProvider) {
		return new Sm2SignatureService(keyProvider);
	}
}
