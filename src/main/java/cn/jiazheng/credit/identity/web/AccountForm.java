package cn.jiazheng.credit.identity.web;

import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.identity.internal.NewAccount;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.region.RegionCode;

/** The fields of the new-account form, as typed. */
record AccountForm(String username, String displayName, String role, String territory, String enterpriseId) {

	static AccountForm empty() {
		return new AccountForm("", "", "", "", "");
	}

	NewAccount toNewAccount() {
		Role parsedRole;
		try {
			parsedRole = Role.valueOf(blankToNull(role) == null ? "" : role.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidValueException("role", "identity.role.invalid");
		}
		RegionCode region = blankToNull(territory) == null ? null : RegionCode.of(territory.strip());
		Long enterprise = null;
		if (blankToNull(enterpriseId) != null) {
			try {
				enterprise = Long.valueOf(enterpriseId.strip());
			}
			catch (NumberFormatException ex) {
				throw new InvalidValueException("enterpriseId", "identity.enterprise.invalid");
			}
		}
		return new NewAccount(username == null ? null : username.strip(), displayName == null ? null : displayName.strip(),
				parsedRole, region, enterprise);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
