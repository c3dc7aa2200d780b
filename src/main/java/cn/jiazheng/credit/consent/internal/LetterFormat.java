package cn.jiazheng.credit.consent.internal;

import cn.jiazheng.credit.platform.FileType;
import cn.jiazheng.credit.platform.InvalidValueException;

/** The letter's limits: present, not too large, and a PDF, JPEG or PNG by its content ({@link FileType}). */
final class LetterFormat {

	private LetterFormat() {
	}

	static String contentType(byte[] content, int maxBytes) {
		if (content == null || content.length == 0) {
			throw new InvalidValueException("file", "consent.letter.empty");
		}
		if (content.length > maxBytes) {
			throw new InvalidValueException("file", "consent.letter.too-large", maxBytes / (1024 * 1024));
		}
		return FileType.detect(content).map(FileType::contentType)
			.orElseThrow(() -> new InvalidValueException("file", "consent.letter.type"));
	}
}
