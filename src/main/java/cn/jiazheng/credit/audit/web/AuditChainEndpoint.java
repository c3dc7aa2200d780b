package cn.jiazheng.credit.audit.web;

import cn.jiazheng.credit.audit.AuditQueries;
import cn.jiazheng.credit.audit.ChainReport;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/auditchain}: the chain verification for monitoring, which can alert when
 * {@code intact} turns false. Each call walks the whole chain, so poll it rarely (hourly, not every
 * few seconds).
 */
@Component
@Endpoint(id = "auditchain")
class AuditChainEndpoint {

	private final AuditQueries queries;

	AuditChainEndpoint(AuditQueries queries) {
		this.queries = queries;
	}

	@ReadOperation
	public ChainReport chain() {
		return queries.verify();
	}
}
