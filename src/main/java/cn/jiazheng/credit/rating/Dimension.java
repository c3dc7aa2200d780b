package cn.jiazheng.credit.rating;

import java.util.List;

/** 维度: a group of indicators, e.g. 经营合规. */
public record Dimension(String id, String name, List<Indicator> indicators) {

	public Dimension {
		indicators = List.copyOf(indicators);
	}

	public int max() {
		return indicators.stream().mapToInt(Indicator::max).sum();
	}
}
