package cn.jiazheng.credit.archive;

import java.time.LocalDate;

/** 保险: one policy an enterprise (or worker) holds. */
public record Insurance(String type, String insurer, String policyNumber, LocalDate validFrom, LocalDate validUntil) {

	/** As a reviewer reads it in a list of changes. */
	@Override
	public String toString() {
		return type + " " + insurer + " " + policyNumber + " " + validFrom + "–" + validUntil;
	}

	public boolean validOn(LocalDate day) {
		return validFrom != null && validUntil != null && !day.isBefore(validFrom) && !day.isAfter(validUntil);
	}
}
