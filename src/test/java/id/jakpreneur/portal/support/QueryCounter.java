package id.jakpreneur.portal.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the portal prepares, per thread, so tests can show that a page costs a bounded
 * number of queries whatever the data size. Wraps the DataSource; nothing else changes.
 */
@TestConfiguration(proxyBeanMethods = false)
public class QueryCounter {

	private static final ThreadLocal<AtomicLong> COUNT = ThreadLocal.withInitial(AtomicLong::new);

	/** Resets this thread's count. */
	public static void reset() {
		COUNT.get().set(0);
	}

	/** Statements this thread prepared since the last reset. */
	public static long count() {
		return COUNT.get().get();
	}

	@Bean
	static BeanPostProcessor queryCountingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
					return proxy(DataSource.class, dataSource, (target, method, args) -> {
						Object result = invoke(target, method, args);
						return result instanceof Connection c ? proxy(Connection.class, c, QueryCounter::counting)
								: result;
					});
				}
				return bean;
			}
		};
	}

	private static Object counting(Object target, Method method, Object[] args) throws Throwable {
		String name = method.getName();
		if (name.equals("prepareStatement") || name.equals("prepareCall")
				|| (name.equals("createStatement"))) {
			COUNT.get().incrementAndGet();
		}
		return invoke(target, method, args);
	}

	interface Handler {

		Object handle(Object target, Method method, Object[] args) throws Throwable;

	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, T target, Handler handler) {
		InvocationHandler invocation = (p, method, args) -> handler.handle(target, method, args);
		Class<?>[] interfaces = target.getClass().getInterfaces().length > 0 ? allInterfaces(target.getClass(), type)
				: new Class<?>[] { type };
		return (T) Proxy.newProxyInstance(QueryCounter.class.getClassLoader(), interfaces, invocation);
	}

	private static Class<?>[] allInterfaces(Class<?> type, Class<?> required) {
		java.util.Set<Class<?>> all = new java.util.LinkedHashSet<>();
		all.add(required);
		for (Class<?> c = type; c != null; c = c.getSuperclass()) {
			all.addAll(java.util.Arrays.asList(c.getInterfaces()));
		}
		all.removeIf(i -> !i.isInterface() || !java.lang.reflect.Modifier.isPublic(i.getModifiers()));
		return all.toArray(Class<?>[]::new);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

}
