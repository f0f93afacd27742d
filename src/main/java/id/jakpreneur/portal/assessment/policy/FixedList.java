package id.jakpreneur.portal.assessment.policy;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * An immutable list over an array that its maker filled and no longer touches: the policy's steps and reasons,
 * handed to {@link AssessmentResult} without the copies {@code List.of(array)} and {@code List.copyOf} make (copying
 * the reasons twice and the steps once was a fifth of an assessment's time). Only this package makes them; elements
 * are never {@code null}.
 */
final class FixedList<E> extends AbstractList<E> implements RandomAccess {

	private final E[] items;

	private final int size;

	private FixedList(E[] items, int size) {
		this.items = items;
		this.size = size;
	}

	/** A list of the whole array, which the caller must not change afterwards. */
	static <E> FixedList<E> of(E[] items) {
		for (E item : items) {
			Objects.requireNonNull(item, "item");
		}
		return new FixedList<>(items, items.length);
	}

	@Override
	public E get(int index) {
		return items[Objects.checkIndex(index, size)];
	}

	@Override
	public int size() {
		return size;
	}

	/** Collects elements, then hands its array over to one list; it cannot be used after {@link #build()}. */
	static final class Builder<E> {

		private E[] items;

		private int size;

		/** Starts with the given (empty) array, sized for the usual count; it grows when needed. */
		Builder(E[] room) {
			this.items = room;
		}

		void add(E item) {
			built();
			if (size == items.length) {
				items = Arrays.copyOf(items, size * 2 + 1);
			}
			items[size++] = Objects.requireNonNull(item, "item");
		}

		FixedList<E> build() {
			built();
			FixedList<E> list = new FixedList<>(items, size);
			items = null;
			return list;
		}

		private void built() {
			if (items == null) {
				throw new IllegalStateException("the list is built; its array belongs to it now");
			}
		}

	}

}
