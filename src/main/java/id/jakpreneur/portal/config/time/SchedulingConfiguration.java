package id.jakpreneur.portal.config.time;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Turns on scheduled jobs, once for the whole portal: the mentoring module's daily reminder of agreed actions
 * and the outlet module's expiry of unanswered booking offers.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {
}
