package cn.jiazheng.credit.archive;

/**
 * The platform's masking rule for personal numbers: at most the first 6 and the last 4 characters,
 * so that neither a birth date nor a whole mobile number can be read back. Also applied to rejected
 * input quoted in error messages, which may end up in an import report.
 */
final class Masking {

	private Masking() {
	}

	static String keepEnds(String text, int head, int tail) {
		if (text == null) {
			return "";
		}
		if (text.length() <= head + tail) {
			return "*".repeat(text.length());
		}
		return text.substring(0, head) + "*".repeat(text.length() - head - tail) + text.substring(text.length() - tail);
	}
}
