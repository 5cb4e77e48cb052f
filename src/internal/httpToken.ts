/** RFC 9110 §5.6.2's tchar: the characters a header name, a cookie name or a media type's parts are made of. */
const TCHAR = "[!#$%&'*+.^_`|~0-9A-Za-z-]";

/** A header or cookie name: one or more tchars. */
export const HTTP_TOKEN = new RegExp(`^${TCHAR}+$`);

/** A media type without parameters, `type/subtype`: two tokens around a slash. */
export const MEDIA_TYPE = new RegExp(`^${TCHAR}+/${TCHAR}+$`);
