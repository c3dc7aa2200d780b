package cn.jiazheng.credit.rating;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import cn.jiazheng.credit.archive.FileKind;

/**
 * 评价模型: what a versioned model file says, checked. Subjects are those with a credit file (一企一档、
 * 一人一档), so the kind is a {@link FileKind}.
 *
 * @param bands best grade first
 */
public record ScoringModel(String id, int version, String name, FileKind subject, int scaleMin, int scaleMax,
		Map<String, Feature> features, List<Dimension> dimensions, List<Breaker> breakers, List<Band> bands) {

	public ScoringModel {
		features = Map.copyOf(features);
		dimensions = List.copyOf(dimensions);
		breakers = List.copyOf(breakers);
		bands = List.copyOf(bands);
	}

	/** The band's rank: 0 for the best grade. */
	public int rank(String grade) {
		for (int i = 0; i < bands.size(); i++) {
			if (bands.get(i).grade().equals(grade)) {
				return i;
			}
		}
		throw new IllegalArgumentException("no grade " + grade);
	}

	public Band band(int score) {
		// A loop, not a stream: this runs once per subject of a run.
		for (Band b : bands) {
			if (b.contains(score)) {
				return b;
			}
		}
		throw new NoSuchElementException("no band holds " + score);
	}

	public Band bandOf(String grade) {
		return bands.get(rank(grade));
	}
}
