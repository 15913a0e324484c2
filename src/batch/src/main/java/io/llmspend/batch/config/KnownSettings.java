package io.llmspend.batch.config;

import io.llmspend.core.InvalidInputException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Refuses settings under {@code llmspend.} that nothing reads ({@code llmspend.tyme-zone}), as
 * budgets.yml refuses unknown keys: a misspelt setting would otherwise be ignored silently. The
 * known settings are the components of the settings records (their prefix, their record
 * components, recursively; any key below a map, any index of a list), in any of Spring's
 * relaxed forms ({@code time-zone}, {@code timeZone}, {@code time_zone}). Only configuration
 * files are checked (application.yml and {@code --config}); not environment variables or system
 * properties. Thread-safe (immutable).
 */
final class KnownSettings {
  private static final String ROOT = "llmspend";
  private final Map<String, Class<?>> roots;

  /** @param roots each settings record by its prefix ({@code llmspend.detect}) */
  KnownSettings(Map<String, Class<?>> roots) {
    this.roots = new TreeMap<>(roots);
  }

  /**
   * @throws InvalidInputException naming the first unknown setting and the file it is in
   */
  void check(ConfigurableEnvironment environment) {
    for (PropertySource<?> source : environment.getPropertySources()) {
      if (source instanceof EnumerablePropertySource<?> file
          && source.getName().startsWith("Config resource")) {
        for (String name : file.getPropertyNames()) {
          if (isOurs(name) && !known(name)) {
            throw new InvalidInputException("unknown setting " + name + " in "
                + source.getName().replaceFirst("^Config resource '(.*?)' via .*$", "$1")
                + ": check its spelling (README.md lists the settings)");
          }
        }
      }
    }
  }

  private static boolean isOurs(String name) {
    return name.equals(ROOT) || name.startsWith(ROOT + ".") || name.startsWith(ROOT + "[");
  }

  /** Whether {@code name} is a setting of a record, or a key or an index below one. */
  boolean known(String name) {
    ConfigurationPropertyName key = ConfigurationPropertyName.adapt(name, '.');
    for (Map.Entry<String, Class<?>> root : roots.entrySet()) {
      ConfigurationPropertyName prefix = ConfigurationPropertyName.of(root.getKey());
      if ((prefix.equals(key) || prefix.isAncestorOf(key))
          && fits(root.getValue(), key, prefix.getNumberOfElements())) {
        return true;
      }
    }
    return false;
  }

  private static boolean fits(Type type, ConfigurationPropertyName key, int at) {
    if (at == key.getNumberOfElements()) {
      return true;
    }
    Class<?> raw = raw(type);
    if (Map.class.isAssignableFrom(raw)) {
      return fits(argument(type, 1), key, at + 1);
    }
    if (Collection.class.isAssignableFrom(raw)) {
      return key.isNumericIndex(at) && fits(argument(type, 0), key, at + 1);
    }
    if (!raw.isRecord()) {
      return false; // a value: nothing below it
    }
    String element = key.getElement(at, ConfigurationPropertyName.Form.UNIFORM);
    for (RecordComponent component : raw.getRecordComponents()) {
      if (component.getName().toLowerCase(java.util.Locale.ROOT).equals(element)) {
        return fits(component.getGenericType(), key, at + 1);
      }
    }
    return false;
  }

  private static Class<?> raw(Type type) {
    return type instanceof ParameterizedType p ? (Class<?>) p.getRawType()
        : type instanceof Class<?> c ? c : Object.class;
  }

  private static Type argument(Type type, int index) {
    return type instanceof ParameterizedType p ? p.getActualTypeArguments()[index] : Object.class;
  }
}
