package id.jakpreneur.portal.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Java sources of the portal's main code, read as text for the rules that live in the text (SQL, file length):
 * each file with its module and the string literals and text blocks it holds.
 */
record MainSources(List<SourceFile> files) {

	static final Path MAIN = Path.of("src/main/java/id/jakpreneur/portal");

	static MainSources read() {
		try (Stream<Path> paths = Files.walk(MAIN)) {
			List<SourceFile> files = new ArrayList<>();
			for (Path path : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
				files.add(SourceFile.of(path));
			}
			return new MainSources(List.copyOf(files));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record SourceFile(Path path, String module, String text, List<String> literals) {

		static SourceFile of(Path path) throws IOException {
			String text = Files.readString(path);
			Path relative = MAIN.relativize(path);
			String module = relative.getNameCount() > 1 ? relative.getName(0).toString() : null;
			return new SourceFile(path, module, text, literals(text));
		}

		String name() {
			return MAIN.relativize(path).toString();
		}

		long lines() {
			return text.lines().count();
		}

		/** The string literals and text blocks of a Java source, comments left out. */
		static List<String> literals(String text) {
			List<String> found = new ArrayList<>();
			int i = 0;
			while (i < text.length()) {
				char c = text.charAt(i);
				if (c == '/' && text.startsWith("//", i)) {
					int end = text.indexOf('\n', i);
					i = end < 0 ? text.length() : end;
				}
				else if (c == '/' && text.startsWith("/*", i)) {
					int end = text.indexOf("*/", i + 2);
					i = end < 0 ? text.length() : end + 2;
				}
				else if (c == '\'') {
					i = skipQuoted(text, i, '\'');
				}
				else if (text.startsWith("\"\"\"", i)) {
					int end = text.indexOf("\"\"\"", i + 3);
					while (end > 0 && text.charAt(end - 1) == '\\') {
						end = text.indexOf("\"\"\"", end + 1);
					}
					int stop = end < 0 ? text.length() : end;
					found.add(text.substring(i + 3, stop));
					i = stop + 3;
				}
				else if (c == '"') {
					int end = skipQuoted(text, i, '"');
					found.add(text.substring(i + 1, Math.max(i + 1, end - 1)));
					i = end;
				}
				else {
					i++;
				}
			}
			return found;
		}

		private static int skipQuoted(String text, int start, char quote) {
			int i = start + 1;
			while (i < text.length() && text.charAt(i) != quote && text.charAt(i) != '\n') {
				i += text.charAt(i) == '\\' ? 2 : 1;
			}
			return i + 1;
		}

	}

}
