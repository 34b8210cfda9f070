package cn.gov.zhangye.credit.access.ratelimit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The cost of an operation in units of the caller's plan. Every operation under {@code /api/v1} is
 * limited, one unit per call unless it says otherwise here (on the method, or on the class for all
 * its methods). An operation whose cost depends on its input charges the rest itself with {@link
 * RateLimitedCall#costs(long)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RateLimited {

  /** Units taken before the operation runs; 0 takes none and refuses nothing. */
  long cost() default 1;
}
