package cn.jiazheng.credit.platform;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a stored document (a letter, a photo, evidence) leaves the platform: with the type its content was
 * checked to have, never cached by a browser or a proxy, and never sniffed into something else.
 */
public final class SensitiveFiles {

	private SensitiveFiles() {
	}

	/** Shown in the browser (a photo, a letter). */
	public static ResponseEntity<byte[]> inline(String contentType, String filename, byte[] content) {
		return response(contentType, ContentDisposition.inline().filename(filename, StandardCharsets.UTF_8).build(), content);
	}

	/** Saved as a file (evidence). */
	public static ResponseEntity<byte[]> attachment(String contentType, String filename, byte[] content) {
		return response(contentType, ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build(), content);
	}

	private static ResponseEntity<byte[]> response(String contentType, ContentDisposition disposition, byte[] content) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(contentType))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.cacheControl(CacheControl.noStore())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}
}
