package cn.jiazheng.credit.consent;

/**
 * What an authorisation letter allows: collection and sharing with the platform, and, as a separate
 * consent, consumers' queries of the worker's credit information.
 */
public enum ConsentScope {
	PLATFORM_SHARING, CONSUMER_QUERIES
}
