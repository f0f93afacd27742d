package id.jakpreneur.portal.shared;

/**
 * What a public page tells search engines and link previews, drawn by the layout's head when the model holds one
 * ({@code pageMeta}): the canonical URL, the OpenGraph title, description, image (absolute URLs) and type.
 */
public record PageMeta(String canonical, String title, String description, String image, String type) {
}
