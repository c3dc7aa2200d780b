package cn.jiazheng.credit.archive.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param publicityWorkingDays how long an approved revision is publicised before it is released, in
 * working days on the official calendar; 0 (the default) releases on approval
 */
@ConfigurationProperties("jiazheng.archive")
record ArchiveProperties(Integer publicityWorkingDays) {

	ArchiveProperties {
		publicityWorkingDays = publicityWorkingDays == null ? 0 : publicityWorkingDays;
	}
}
