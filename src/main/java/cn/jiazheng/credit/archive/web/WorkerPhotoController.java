package cn.jiazheng.credit.archive.web;

import java.io.IOException;

import cn.jiazheng.credit.archive.WorkerPhotos;
import cn.jiazheng.credit.archive.Workers;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.platform.InvalidValueException;
import cn.jiazheng.credit.platform.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 照片: uploaded by the keeping enterprise, served with its real type, never cached, every opening audited. */
@Controller
class WorkerPhotoController {

	private final WorkerPhotos photos;

	private final Workers workers;

	WorkerPhotoController(WorkerPhotos photos, Workers workers) {
		this.photos = photos;
		this.workers = workers;
	}

	@PostMapping("/workers/{id}/photo")
	@PreAuthorize("hasAnyRole('ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
	String upload(Actor actor, @PathVariable long id, @RequestParam(name = "photo", required = false) MultipartFile photo,
			RedirectAttributes redirect) throws IOException {
		try {
			photos.upload(actor, id, photo == null ? new byte[0] : photo.getBytes());
			redirect.addFlashAttribute("done", "archive.photo.uploaded");
		}
		catch (InvalidValueException ex) {
			redirect.addFlashAttribute("photoError", ex.messageKey());
		}
		return "redirect:/workers/" + id;
	}

	@GetMapping("/workers/{id}/photo")
	@PreAuthorize("hasAnyRole('PLATFORM_ADMIN','REGULATOR','ENTERPRISE_ADMIN','ENTERPRISE_STAFF')")
	ResponseEntity<byte[]> show(Actor actor, @PathVariable long id) {
		return served(photos.open(actor, id));
	}

	@GetMapping("/me/photo")
	@PreAuthorize("hasRole('WORKER')")
	ResponseEntity<byte[]> own(Actor actor) {
		long id = workers.own(actor).orElseThrow(() -> new NotFoundException("archive.worker.not-found", 0)).id();
		return served(photos.open(actor, id));
	}

	/** No photo on file is not an error: 204, and the pages offer the link only when there is one. */
	private static ResponseEntity<byte[]> served(java.util.Optional<WorkerPhotos.Photo> found) {
		if (found.isEmpty()) {
			return ResponseEntity.noContent().build();
		}
		WorkerPhotos.Photo photo = found.get();
		return cn.jiazheng.credit.platform.SensitiveFiles.inline(photo.contentType(), "photo", photo.content());
	}
}
