package cn.jiazheng.credit.rating.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.jiazheng.credit.audit.AuditActor;
import cn.jiazheng.credit.audit.AuditEvent;
import cn.jiazheng.credit.audit.AuditTrail;
import cn.jiazheng.credit.crypto.Sm3;
import cn.jiazheng.credit.identity.Actor;
import cn.jiazheng.credit.identity.Role;
import cn.jiazheng.credit.platform.ConflictException;
import cn.jiazheng.credit.platform.NotFoundException;
import cn.jiazheng.credit.rating.ModelState;
import cn.jiazheng.credit.rating.FinalGradesChanged;
import cn.jiazheng.credit.rating.ModelVersion;
import cn.jiazheng.credit.rating.RatingModels;
import cn.jiazheng.credit.rating.ScoringModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ModelService implements RatingModels {

	private static final Logger log = LoggerFactory.getLogger(ModelService.class);

	static final List<String> SHIPPED = List.of("ordos-enterprise", "zhouqu-enterprise", "shaoguan-worker");

	private final ModelRepository models;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	/** Stored versions never change, so their compiled form can be kept for good. */
	private final Map<String, CompiledModel> compiled = new ConcurrentHashMap<>();

	ModelService(ModelRepository models, AuditTrail audit, ApplicationEventPublisher events) {
		this.models = models;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * The shipped models, stored once (by fingerprint: several instances starting together store each text
	 * once) and put in force where a model has no version in force. A regulator's later version is never
	 * overridden, and a retired shipped version stays retired.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(0)
	@Transactional
	public void loadShipped() {
		for (String id : SHIPPED) {
			String source = shippedSource(id);
			CompiledModel model = CompiledModel.of(source);
			ScoringModel m = model.model();
			String fingerprint = Sm3.hex(source);
			if (models.byFingerprint(fingerprint).isEmpty()
					&& models.insert(m.id(), m.version(), m.name(), m.subject(), source, fingerprint, AuditActor.SYSTEM.auditName())) {
				log.info("Stored the shipped rating model {} version {}", m.id(), m.version());
			}
			if (models.activateIfNoneActive(m.id(), m.version(), AuditActor.SYSTEM.auditName())) {
				log.info("Activated the shipped rating model {} version {}", m.id(), m.version());
			}
		}
	}

	static String shippedSource(String id) {
		try (InputStream in = ModelService.class.getResourceAsStream("/rating/models/" + id + ".yaml")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("shipped model " + id + " unreadable", ex);
		}
	}

	@Override
	@Transactional
	public ModelVersion upload(Actor by, String source) {
		requireChanger(by);
		// Everything is checked before anything is written: a refused file leaves no trace but the audit.
		CompiledModel model = CompiledModel.of(source);
		ScoringModel m = model.model();
		String fingerprint = Sm3.hex(source);
		Optional<ModelVersion> same = models.byFingerprint(fingerprint);
		if (same.isPresent()) {
			return same.get();
		}
		if (!models.insert(m.id(), m.version(), m.name(), m.subject(), source, fingerprint, by.username())) {
			throw new ConflictException("rating.model.version-exists", m.id(), m.version());
		}
		audit.record(AuditEvent.success(by, "RATING_MODEL_UPLOAD", "rating_model", m.id() + "@" + m.version())
			.with("fingerprint", fingerprint));
		return models.find(m.id(), m.version()).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ModelVersion> list(Actor reader) {
		requireReader(reader);
		return models.all();
	}

	@Override
	@Transactional(readOnly = true)
	public List<ModelVersion> versions(Actor reader, String modelId) {
		requireReader(reader);
		List<ModelVersion> versions = models.versions(modelId);
		if (versions.isEmpty()) {
			throw new NotFoundException("rating.model.not-found", modelId);
		}
		return versions;
	}

	@Override
	@Transactional(readOnly = true)
	public ModelVersion get(Actor reader, String modelId, int version) {
		requireReader(reader);
		return find(modelId, version);
	}

	@Override
	@Transactional(readOnly = true)
	public String source(Actor reader, String modelId, int version) {
		requireReader(reader);
		return models.source(modelId, version).orElseThrow(() -> new NotFoundException("rating.model.not-found", modelId));
	}

	@Override
	public ScoringModel model(String modelId, int version) {
		return compiled(modelId, version).model();
	}

	CompiledModel compiled(String modelId, int version) {
		return compiled.computeIfAbsent(modelId + "@" + version, key -> CompiledModel.of(
				models.source(modelId, version).orElseThrow(() -> new NotFoundException("rating.model.not-found", modelId))));
	}

	@Override
	public Optional<ModelVersion> active(String modelId) {
		return models.active().stream().filter(v -> v.modelId().equals(modelId)).findFirst();
	}

	@Override
	public List<ModelVersion> active() {
		return models.active();
	}

	@Override
	@Transactional
	public void activate(Actor by, String modelId, int version) {
		requireChanger(by);
		ModelVersion v = find(modelId, version);
		if (v.state() == ModelState.ACTIVE) {
			throw new ConflictException("rating.model.already-active", modelId, version);
		}
		if (!models.activate(modelId, version, by.username())) {
			throw new ConflictException("rating.model.changed-meanwhile", modelId, version);
		}
		audit.record(AuditEvent.success(by, "RATING_MODEL_ACTIVATE", "rating_model", modelId + "@" + version));
		events.publishEvent(new FinalGradesChanged(modelId));
	}

	@Override
	@Transactional
	public void retire(Actor by, String modelId, int version) {
		requireChanger(by);
		find(modelId, version);
		if (!models.retire(modelId, version, by.username())) {
			throw new ConflictException("rating.model.already-retired", modelId, version);
		}
		audit.record(AuditEvent.success(by, "RATING_MODEL_RETIRE", "rating_model", modelId + "@" + version));
		events.publishEvent(new FinalGradesChanged(modelId));
	}

	ModelVersion find(String modelId, int version) {
		return models.find(modelId, version).orElseThrow(() -> new NotFoundException("rating.model.not-found", modelId));
	}

	/** Regulators of any level and the platform admin read models and results of dry runs. */
	static void requireReader(Actor actor) {
		if (actor.role() != Role.PLATFORM_ADMIN && actor.role() != Role.REGULATOR) {
			throw new AccessDeniedException("rating.model.read-denied");
		}
	}

	/**
	 * A model is applied by every county that uses it, so changing one is for the platform admin and
	 * province-level regulators (territory of two digits); county and city regulators read and dry-run.
	 */
	@Override
	public boolean mayChange(Actor actor) {
		return changer(actor);
	}

	static boolean changer(Actor actor) {
		return actor.role() == Role.PLATFORM_ADMIN
				|| (actor.role() == Role.REGULATOR && actor.territory() != null && actor.territory().value().length() == 2);
	}

	static void requireChanger(Actor actor) {
		if (!changer(actor)) {
			throw new AccessDeniedException("rating.model.change-denied");
		}
	}
}
