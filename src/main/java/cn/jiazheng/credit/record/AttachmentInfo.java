package cn.jiazheng.credit.record;

import java.time.Instant;

/** An evidence attachment as lists show it; its content is opened separately, and audited. */
public record AttachmentInfo(long id, long recordId, String filename, String contentType, int sizeBytes,
		String contentDigest, String uploadedBy, Instant uploadedAt) {
}
