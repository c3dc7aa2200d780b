package cn.jiazheng.credit.archive;

import java.util.Locale;

/** 服务类别: 烹饪、保洁、搬家 … as the administrator keeps the list. */
public record ServiceCategory(String code, String nameZh, String nameEn, boolean active) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
	}
}
