package cn.jiazheng.credit.record.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import cn.jiazheng.credit.record.EvidenceFile;

import org.springframework.web.multipart.MultipartFile;

/** Uploaded parts as evidence files; an empty file input sends an empty part, which is no file. */
final class Uploads {

	private Uploads() {
	}

	static List<EvidenceFile> evidence(List<MultipartFile> parts) {
		List<EvidenceFile> files = new ArrayList<>();
		if (parts != null) {
			for (MultipartFile part : parts) {
				if (part != null && !part.isEmpty()) {
					files.add(evidence(part));
				}
			}
		}
		return files;
	}

	static EvidenceFile evidence(MultipartFile part) {
		try {
			return new EvidenceFile(part.getOriginalFilename(), part.getBytes());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
