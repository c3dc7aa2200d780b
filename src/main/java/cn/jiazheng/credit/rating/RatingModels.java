package cn.jiazheng.credit.rating;

import java.util.List;
import java.util.Optional;

import cn.jiazheng.credit.identity.Actor;

/**
 * 评价模型管理: the stored versions of every scoring model. Regulators and the platform admin read them;
 * the platform admin and province-level regulators (a territory of two digits) upload, activate and
 * retire them, because a model applies to every county that uses it. Activating a version never touches
 * results already stored: each names the version it was computed with.
 */
public interface RatingModels {

	/**
	 * Checks the file fully (structure, every expression, bands, maxima) and stores it as a CANDIDATE. A bad
	 * file is refused with every problem and its line ({@link InvalidModelException}) and nothing is stored;
	 * the same text again returns the version already stored; another text under a stored id and version is a 409.
	 */
	ModelVersion upload(Actor by, String source);

	/** Every version of every model, newest first within each model. */
	List<ModelVersion> list(Actor reader);

	/** The versions of one model, newest first (404 for an unknown id). */
	List<ModelVersion> versions(Actor reader, String modelId);

	ModelVersion get(Actor reader, String modelId, int version);

	/** The file as uploaded. */
	String source(Actor reader, String modelId, int version);

	/** The checked model of a stored version, for the engine (no actor: the engine rates as the platform). */
	ScoringModel model(String modelId, int version);

	/** The version in force of a model, if any. */
	Optional<ModelVersion> active(String modelId);

	/** Every version in force. */
	List<ModelVersion> active();

	/** Whether the actor may upload, activate and retire models: the platform admin and province-level regulators. */
	boolean mayChange(Actor actor);

	/** Puts the version in force; the version that was in force is retired. Stored results are not touched. */
	void activate(Actor by, String modelId, int version);

	/** Takes a version out of use (it stays stored, with every result computed with it). */
	void retire(Actor by, String modelId, int version);
}
