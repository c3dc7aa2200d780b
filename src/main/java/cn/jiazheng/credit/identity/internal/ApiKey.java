package cn.jiazheng.credit.identity.internal;

import java.time.Instant;
import java.util.List;

import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.ApiScope;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.region.RegionCode;

/** 接口密钥: an integrator's key. Only the SM3 digest of its secret is stored. */
public record ApiKey(long id, String name, String prefix, String secretDigest, List<ApiScope> scopes,
		RegionCode territory, String createdBy, Instant createdAt, Instant revokedAt, Instant lastUsedAt) {

	public boolean revoked() {
		return revokedAt != null;
	}

	Actor actor() {
		return new Actor(id, "apikey:" + prefix, name, Role.INTEGRATOR, territory, null);
	}
}
