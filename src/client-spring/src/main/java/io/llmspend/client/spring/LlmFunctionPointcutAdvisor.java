package io.llmspend.client.spring;

import io.llmspend.client.LlmFunction;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;

/**
 * The Spring AOP advisor of {@link LlmFunction}: methods annotated, or every method of an
 * annotated class. Spring proxies the beans it matches (no AspectJ weaver needed): a call from
 * inside the same bean ({@code this.method()}) does not pass the proxy, as with
 * {@code @Transactional}.
 */
public final class LlmFunctionPointcutAdvisor extends AbstractPointcutAdvisor {
  private final Pointcut pointcut = new ComposablePointcut(
      new AnnotationMatchingPointcut(LlmFunction.class, true))
      .union(AnnotationMatchingPointcut.forMethodAnnotation(LlmFunction.class));
  private final LlmFunctionInterceptor interceptor = new LlmFunctionInterceptor();

  @Override
  public Pointcut getPointcut() {
    return pointcut;
  }

  @Override
  public org.aopalliance.aop.Advice getAdvice() {
    return interceptor;
  }
}
