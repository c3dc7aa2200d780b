package cn.jiazheng.credit.platform.internal;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import cn.jiazheng.credit.platform.SensitiveText;

/**
 * The {@code %mask} of the log pattern: the message with ID numbers and mobile numbers masked, so that
 * no log line carries them whatever a developer passes to a logger.
 */
public class MaskingMessageConverter extends ClassicConverter {

	@Override
	public String convert(ILoggingEvent event) {
		return SensitiveText.maskValue(event.getFormattedMessage());
	}
}
