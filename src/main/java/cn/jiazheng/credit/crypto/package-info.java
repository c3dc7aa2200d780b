/**
 * 密码服务: SM4 field cipher, SM3 digests and blind indexes, SM2 signatures, key management.
 */
@org.springframework.modulith.ApplicationModule(displayName = "密码服务 crypto")
package cn.jiazheng.credit.crypto;
