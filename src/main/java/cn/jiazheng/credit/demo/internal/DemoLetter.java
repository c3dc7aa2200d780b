package cn.jiazheng.credit.demo.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-page PDF standing in for a scanned 授权书: small, but a real PDF (objects, cross-reference
 * table, trailer) that any viewer opens, so that a demo user who opens a seeded letter sees a page,
 * not an error. Built once; every seeded letter files the same bytes.
 */
final class DemoLetter {

	static final byte[] PDF = build();

	private DemoLetter() {
	}

	private static byte[] build() {
		// The standard fonts carry no Chinese glyphs; the page says in English what the letter stands for.
		String text = "BT /F1 14 Tf 72 760 Td (Authorisation letter - demo data) Tj 0 -24 Td "
				+ "(The worker consents to the collection and sharing of her credit file.) Tj ET";
		List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
				"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
				"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
				"<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		write(out, "%PDF-1.4\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(out.size());
			write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
		}
		int xref = out.size();
		StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
		offsets.forEach(offset -> table.append(String.format("%010d 00000 n \n", offset)));
		table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
		write(out, table.toString());
		return out.toByteArray();
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
	}
}
