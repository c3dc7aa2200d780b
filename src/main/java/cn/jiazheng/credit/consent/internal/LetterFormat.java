package cn.jiazheng.credit.consent.internal;

import java.util.Arrays;

import cn.jiazheng.credit.platform.InvalidValueException;

/**
 * What a letter really is, by its first bytes: a PDF, a JPEG or a PNG. A file's name and the type a
 * browser claims are not evidence; an HTML page renamed .pdf is refused.
 */
final class LetterFormat {

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private LetterFormat() {
	}

	static String contentType(byte[] content, int maxBytes) {
		if (content == null || content.length == 0) {
			throw new InvalidValueException("file", "consent.letter.empty");
		}
		if (content.length > maxBytes) {
			throw new InvalidValueException("file", "consent.letter.too-large", maxBytes / (1024 * 1024));
		}
		if (startsWith(content, PDF)) {
			return "application/pdf";
		}
		if (startsWith(content, JPEG)) {
			return "image/jpeg";
		}
		if (startsWith(content, PNG)) {
			return "image/png";
		}
		throw new InvalidValueException("file", "consent.letter.type");
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}
}
