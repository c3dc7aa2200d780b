package cn.jiazheng.credit.rating.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * {@code @ApplicationModuleListener}s are {@code @Async}: without this they would run on the thread that
 * committed the record, delaying the regulator's answer by a re-rating. The application class is the
 * better home for this switch (it applies to every module); until it moves there, it lives here.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class RatingAsync {
}
