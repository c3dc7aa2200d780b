package cn.jiazheng.credit.objection.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import cn.jiazheng.credit.objection.ObjectionFile;

import org.springframework.web.multipart.MultipartFile;

/** Uploaded parts as files; an empty file input sends an empty part, which is no file. */
final class Uploads {

	private Uploads() {
	}

	static List<ObjectionFile> files(List<MultipartFile> parts) {
		List<ObjectionFile> files = new ArrayList<>();
		if (parts != null) {
			for (MultipartFile part : parts) {
				if (part != null && !part.isEmpty()) {
					try {
						files.add(new ObjectionFile(part.getOriginalFilename(), part.getBytes()));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
			}
		}
		return files;
	}
}
