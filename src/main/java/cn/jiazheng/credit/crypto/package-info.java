/**
 * 密码服务: SM4 field cipher, SM3 digests and blind indexes, SM2 signatures, key management.
 * <p>
 * Public API: {@link cn.jiazheng.credit.crypto.FieldCipher}, {@link cn.jiazheng.credit.crypto.BlindIndex},
 * {@link cn.jiazheng.credit.crypto.SignatureService}, {@link cn.jiazheng.credit.crypto.KeyProvider} (Spring beans),
 * and the static helpers {@link cn.jiazheng.credit.crypto.Sm3} and {@link cn.jiazheng.credit.crypto.Sm2}.
 * Failures are {@link cn.jiazheng.credit.crypto.CryptoException}. Properties: {@code jiazheng.crypto.keystore},
 * {@code jiazheng.crypto.keystore-password} (see {@code internal.KeystoreKeyProvider}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "密码服务 crypto")
package cn.jiazheng.credit.crypto;
