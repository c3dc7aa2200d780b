package cn.jiazheng.credit.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

import org.springframework.web.multipart.MultipartFile;

/** What every import controller needs around {@link Imports}: the uploaded file on disk, the progress answer. */
public final class ImportFiles {

	private ImportFiles() {
	}

	/** The upload goes to a temporary file, which the reader streams; it is removed afterwards. */
	public static ImportBatch uploaded(MultipartFile file, BiFunction<String, Path, ImportBatch> upload) throws IOException {
		Path copy = Files.createTempFile("import-", ".upload");
		try {
			file.transferTo(copy);
			return upload.apply(file.getOriginalFilename(), copy);
		}
		finally {
			Files.deleteIfExists(copy);
		}
	}

	/** What a progress bar (static/js/progress.js) needs: the phase, rows done and the total ({@code null} while unknown). */
	public static Map<String, Object> progress(ImportBatch batch) {
		Map<String, Object> progress = new LinkedHashMap<>();
		progress.put("state", batch.state());
		progress.put("phase", batch.progressPhase());
		progress.put("processed", batch.progressDone());
		progress.put("total", batch.progressTotal());
		progress.put("finished", batch.progressPhase() == null && batch.state() != ImportState.VALIDATING);
		return progress;
	}
}
