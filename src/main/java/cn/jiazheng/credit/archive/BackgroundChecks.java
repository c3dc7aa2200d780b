package cn.jiazheng.credit.archive;

import java.util.Optional;

import cn.jiazheng.credit.identity.Actor;

/**
 * 犯罪背景核查结果: entered by a regulator of the worker's territory (or the platform admin) as the
 * public-security authority reported them, kept sealed and never changed; a newer check supersedes an
 * older one. Nothing of it reaches the public.
 */
public interface BackgroundChecks {

	/** Records a result for a worker within the regulator's territory. */
	long record(Actor regulator, long workerId, BackgroundCheck check);

	/** The latest result as this reader may see it; empty when none is recorded or the reader may see none. */
	Optional<BackgroundCheckView> latest(Actor reader, long workerId);
}
