package cn.jiazheng.credit.objection;

import java.time.Instant;

/** A supporting document as lists show it; its content is opened separately, and audited. */
public record AttachmentInfo(long id, long objectionId, String filename, String contentType, int sizeBytes,
		String contentDigest, String uploadedBy, Instant uploadedAt) {
}
