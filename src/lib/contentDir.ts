/**
 * Folder the content is read from, relative to the project root: `content` unless the
 * CONTENT_DIR environment variable names another (the tests build fixture sites this way).
 */
export const contentDir = (): string => (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');
