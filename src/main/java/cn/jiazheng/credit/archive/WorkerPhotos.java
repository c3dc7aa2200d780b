package cn.jiazheng.credit.archive;

import java.util.Optional;

import cn.jiazheng.credit.identity.Actor;

/**
 * 照片: a worker's photo, JPEG or PNG by content and size-limited, kept sealed. The keeping enterprise
 * uploads it; those who may see the worker's file, and the worker, open it, each opening audited.
 */
public interface WorkerPhotos {

	/** Replaces the worker's photo. */
	void upload(Actor by, long workerId, byte[] content);

	/** The photo, if any, for a reader within scope or the worker themself; audited. */
	Optional<Photo> open(Actor reader, long workerId);

	/** Whether a photo is on file, without opening it. */
	boolean exists(Actor reader, long workerId);

	record Photo(String contentType, byte[] content) {
	}
}
