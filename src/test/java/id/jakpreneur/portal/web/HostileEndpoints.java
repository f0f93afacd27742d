package id.jakpreneur.portal.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Valid;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every GET and POST the application maps, read from its {@link RequestMappingHandlerMapping} (so a new mapping is
 * covered without listing it), with the request parameters its handler binds: {@code @RequestParam} names, the
 * properties of form objects (nested ones as {@code a.b}), and {@code page}, {@code size} and {@code sort} for a
 * {@link Pageable}.
 */
final class HostileEndpoints {

	private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

	private static final DefaultParameterNameDiscoverer NAMES = new DefaultParameterNameDiscoverer();

	private static final Set<Class<?>> NOT_FORMS = Set.of(MultipartFile.class, Map.class);

	/**
	 * A route with what its handler binds: {@code requestParameters} are resolved one after another (the first refused
	 * stops the others), {@code formFields} are bound together (each refused field is one error among others).
	 */
	record Endpoint(String method, String pattern, List<String> pathVariables, List<String> requestParameters,
			List<String> formFields) {

		String row() {
			return method + " " + pattern;
		}

		List<String> parameters() {
			List<String> all = new ArrayList<>(requestParameters);
			all.addAll(formFields);
			return all;
		}

	}

	private HostileEndpoints() {
	}

	static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
		List<Endpoint> endpoints = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			Set<String> requestParameters = new LinkedHashSet<>();
			Set<String> formFields = new LinkedHashSet<>();
			boundParameters(entry.getValue(), requestParameters, formFields);
			for (String pattern : entry.getKey().getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST)
						: methods) {
					if (method == RequestMethod.GET || method == RequestMethod.POST) {
						endpoints.add(new Endpoint(method.name(), pattern, pathVariables(pattern),
								List.copyOf(requestParameters), List.copyOf(formFields)));
					}
				}
			}
		}
		endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
		return endpoints;
	}

	static List<String> pathVariables(String pattern) {
		List<String> names = new ArrayList<>();
		Matcher matcher = PATH_VARIABLE.matcher(pattern);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	static String fill(String pattern, String name, String rawValue) {
		Matcher matcher = PATH_VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(path,
					Matcher.quoteReplacement(matcher.group(1).equals(name) ? rawValue : "{" + matcher.group(1) + "}"));
		}
		return matcher.appendTail(path).toString();
	}

	private static void boundParameters(HandlerMethod handler, Set<String> names, Set<String> formFields) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(NAMES);
			Class<?> type = parameter.getParameterType();
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null) {
				if (!NOT_FORMS.contains(type)) {
					names.add(requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name());
				}
			}
			else if (Pageable.class.isAssignableFrom(type)) {
				names.addAll(List.of("page", "size", "sort"));
			}
			else if (isForm(parameter)) {
				formProperties(type, "", formFields, 0);
			}
		}
	}

	/** A form object: {@code @ModelAttribute}, or one of ours bound without any annotation but validation. */
	private static boolean isForm(MethodParameter parameter) {
		if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
			return true;
		}
		boolean onlyValidation = java.util.Arrays.stream(parameter.getParameterAnnotations())
			.allMatch(a -> a instanceof Valid || a instanceof Validated);
		Class<?> type = parameter.getParameterType();
		return onlyValidation && type.getName().startsWith("id.jakpreneur.") && !BeanUtils.isSimpleProperty(type)
				&& !type.isInterface();
	}

	private static void formProperties(Class<?> type, String prefix, Set<String> names, int depth) {
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				property(component.getName(), component.getType(), prefix, names, depth);
			}
			return;
		}
		Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
		for (Parameter parameter : constructor.getParameters()) {
			property(parameter.getName(), parameter.getType(), prefix, names, depth);
		}
		for (PropertyDescriptor descriptor : BeanUtils.getPropertyDescriptors(type)) {
			if (descriptor.getWriteMethod() != null) {
				property(descriptor.getName(), descriptor.getPropertyType(), prefix, names, depth);
			}
		}
	}

	private static void property(String name, Class<?> type, String prefix, Set<String> names, int depth) {
		if (depth < 2 && type.getName().startsWith("id.jakpreneur.") && !type.isEnum()
				&& !BeanUtils.isSimpleValueType(type)) {
			formProperties(type, prefix + name + ".", names, depth + 1);
		}
		else {
			names.add(prefix + name);
		}
	}

}
