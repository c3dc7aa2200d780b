package cn.jiazheng.credit.rating;

/** 等级: a closed score range [from, to] with its grade, label and risk note. */
public record Band(String grade, int from, int to, String label, String risk) {

	public boolean contains(int score) {
		return score >= from && score <= to;
	}
}
