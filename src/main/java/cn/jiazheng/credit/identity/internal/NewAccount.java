package cn.jiazheng.credit.identity.internal;

import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.region.RegionCode;

/** What a new account is made of, before it has an id. */
public record NewAccount(String username, String displayName, Role role, RegionCode territory, Long enterpriseId) {
}
