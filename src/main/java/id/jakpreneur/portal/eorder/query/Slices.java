package id.jakpreneur.portal.eorder.query;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;

/** A page read with {@code limit size + 1}: the extra row only says that there is a next page. */
final class Slices {

	private Slices() {
	}

	static <T> Slice<T> of(List<T> rows, Pageable page) {
		boolean more = rows.size() > page.getPageSize();
		return new SliceImpl<>(more ? rows.subList(0, page.getPageSize()) : rows, page, more);
	}

	/** A search text for {@code ilike}: its wildcards taken literally, at most 80 characters. */
	static String contains(String text) {
		String t = text == null ? "" : text.strip();
		t = t.length() > 80 ? t.substring(0, 80) : t;
		return "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

}
