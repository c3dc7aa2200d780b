package cn.jiazheng.credit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** 家政服务业信用信息平台: one application, modules with walls between them. */
@SpringBootApplication
@Modulithic(systemName = "家政服务业信用信息平台", sharedModules = "platform")
@EnableScheduling
// Module listeners (@ApplicationModuleListener) run after commit on their own threads, not the request's.
@EnableAsync
public class CreditPlatformApplication {

	public static void main(String[] args) {
		SpringApplication.run(CreditPlatformApplication.class, args);
	}
}
