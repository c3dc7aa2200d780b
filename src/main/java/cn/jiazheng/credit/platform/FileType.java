package cn.jiazheng.credit.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an uploaded document really is, by its first bytes: a file's name and the type a browser claims
 * are not evidence, so an HTML page renamed .pdf is not a PDF.
 */
public enum FileType {

	PDF("application/pdf", new byte[] { '%', 'P', 'D', 'F', '-' }),
	JPEG("image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
	PNG("image/png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });

	private final String contentType;

	private final byte[] magic;

	FileType(String contentType, byte[] magic) {
		this.contentType = contentType;
		this.magic = magic;
	}

	public String contentType() {
		return contentType;
	}

	/** The type the content starts with, if it is one of these. */
	public static Optional<FileType> detect(byte[] content) {
		if (content == null) {
			return Optional.empty();
		}
		return Arrays.stream(values())
			.filter(t -> content.length >= t.magic.length && Arrays.equals(content, 0, t.magic.length, t.magic, 0, t.magic.length))
			.findFirst();
	}
}
