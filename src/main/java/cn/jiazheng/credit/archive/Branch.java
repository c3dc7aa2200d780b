package cn.jiazheng.credit.archive;

/** 分支网点: an outlet of an enterprise, with its own county. */
public record Branch(String name, String address, String regionCode) {

	@Override
	public String toString() {
		return name + " " + address;
	}
}
