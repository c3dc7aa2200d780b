package cn.jiazheng.credit.rating;

public enum RunState {
	RUNNING, DONE, FAILED
}
