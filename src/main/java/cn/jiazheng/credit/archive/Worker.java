package cn.jiazheng.credit.archive;

import java.time.Instant;

/**
 * 家政服务员 as lists and pages show them: masked identifiers only, never the birth date.
 *
 * @param regionCode the county of the enterprise that keeps the worker's file
 */
public record Worker(long id, String name, Gender gender, String maskedResidentId, String maskedPhone,
		String regionCode, Long enterpriseId, Instant createdAt) {
}
