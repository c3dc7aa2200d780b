package cn.jiazheng.credit.archive;

import java.time.Instant;
import java.time.LocalDate;

/** 修订: one reviewed (or to-be-reviewed) version of an enterprise's file. */
public record EnterpriseRevision(long enterpriseId, int number, RevisionState state, String regionCode,
		EnterpriseFile file, String createdBy, Instant createdAt, String submittedBy, Instant submittedAt,
		String decidedBy, Instant decidedAt, String returnReason, LocalDate publicityEnds, Instant releasedAt) {
}
