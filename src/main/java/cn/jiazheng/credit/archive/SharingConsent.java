package cn.jiazheng.credit.archive;

/**
 * Whether a worker's consent to collection and sharing with the platform (信用信息授权) is in force.
 * The consent module answers it; the archive asks before a worker's file is submitted, so that no
 * one's data reaches a regulator without their signed consent. Declared here, implemented there, so
 * that the archive does not depend on the module that depends on it.
 */
public interface SharingConsent {

	/** True when a letter granting platform sharing is on file and that consent has not been revoked since. */
	boolean allowsSharing(long workerId);
}
