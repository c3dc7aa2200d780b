package cn.jiazheng.credit.archive;

import java.util.List;

import cn.jiazheng.credit.identity.Actor;

/**
 * 服务类别 as the platform administrator keeps them: the seeds' eight to start with, more added without
 * a release. A category is never deleted, since released files name it; it is deactivated instead.
 */
public interface ServiceCategories {

	/** Every category, active or not, in display order. */
	List<ServiceCategory> all();

	/** Adds a category; the code is upper-case letters and underscores, both names are required. */
	void add(Actor admin, String code, String nameZh, String nameEn);

	void setActive(Actor admin, String code, boolean active);
}
