package io.llmspend.client.spring;

import io.llmspend.client.LlmFunction;
import io.llmspend.client.LlmFunctions;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Runs a method annotated {@link LlmFunction} (or a method of an annotated class) inside {@link
 * LlmFunctions#enter}: the calls the tracker sees during it, on the same thread, have that
 * function. The method's annotation wins over its class's.
 */
final class LlmFunctionInterceptor implements MethodInterceptor {

  @Override
  public Object invoke(MethodInvocation invocation) throws Throwable {
    String function = function(invocation);
    if (function == null) {
      return invocation.proceed();
    }
    try (LlmFunctions.Scope scope = LlmFunctions.enter(function)) {
      return invocation.proceed();
    }
  }

  private static String function(MethodInvocation invocation) {
    Method method = invocation.getMethod();
    Class<?> target = invocation.getThis() != null
        ? AopUtils.getTargetClass(invocation.getThis()) : method.getDeclaringClass();
    Method specific = AopUtils.getMostSpecificMethod(method, target);
    LlmFunction a = AnnotatedElementUtils.findMergedAnnotation(specific, LlmFunction.class);
    if (a == null) {
      a = AnnotatedElementUtils.findMergedAnnotation(target, LlmFunction.class);
    }
    return a == null ? null : a.value();
  }
}
