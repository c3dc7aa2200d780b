package cn.jiazheng.credit.rating;

import java.time.Instant;

import cn.jiazheng.credit.archive.FileKind;

/**
 * 模型版本: one stored version of a scoring model file, never changed once stored.
 *
 * @param fingerprint SM3 of the file's text, hex: the same text is stored once
 */
public record ModelVersion(String modelId, int version, String name, FileKind subject, ModelState state, String fingerprint,
		String uploadedBy, Instant uploadedAt, String activatedBy, Instant activatedAt) {
}
