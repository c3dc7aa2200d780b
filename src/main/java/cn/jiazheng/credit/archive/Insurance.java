package cn.jiazheng.credit.archive;

import java.time.LocalDate;

/** 保险: one policy an enterprise (or worker) holds. */
public record Insurance(String type, String insurer, String policyNumber, LocalDate validFrom, LocalDate validUntil) {

	/** As a reviewer reads it in a list of changes. */
	@Override
	public String toString() {
		return type + " " + insurer + " " + policyNumber + " " + validFrom + "–" + validUntil;
	}

	/** What a policy must say before a file holding it may be submitted; {@code field} names it in the message. */
	public void requireComplete(String field) {
		FieldRules.requireText(field + ".type", type, 50);
		FieldRules.requireText(field + ".insurer", insurer, 100);
		FieldRules.requireText(field + ".policyNumber", policyNumber, 64);
		if (validFrom == null || validUntil == null || validUntil.isBefore(validFrom)) {
			throw new cn.jiazheng.credit.platform.InvalidValueException(field + ".validUntil", "archive.insurance.period-invalid");
		}
	}

	public boolean validOn(LocalDate day) {
		return validFrom != null && validUntil != null && !day.isBefore(validFrom) && !day.isAfter(validUntil);
	}
}
