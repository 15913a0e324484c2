package io.llmspend.client;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the product feature ("function") of the LLM calls made inside the annotated method (or
 * every method of the annotated class): the Java form of a Python cost-tracking decorator. With
 * {@code llmspend-client-spring} on the classpath, its auto-configuration applies it to Spring
 * beans (Spring AOP proxies, no AspectJ weaver needed; a call from inside the same bean does not
 * pass the proxy); elsewhere, {@link LlmFunctions#enter} or {@link LlmFunctions#call} does the
 * same by hand. A function set on the call itself wins.
 *
 * <pre>{@code
 * @LlmFunction("support-chat")
 * public String answer(String question) { return chatClient.prompt(question).call().content(); }
 * }</pre>
 *
 * <p>The function is bound to the calling thread: it does not flow into reactive streams or
 * {@code @Async} methods (pass it on the call there).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface LlmFunction {
  /** The function name, as in the request log's {@code function} field. */
  String value();
}
