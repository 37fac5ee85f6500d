export * from './port.js';
export * from './errors.js';
export { sniff, DocumentInspector } from './inspect.js';
export { FilesystemDocumentStore } from './filesystem/filesystem-document-store.js';
// The S3 adapter is loaded on demand (openDocumentStore, or its own path): the SDK alone takes
// longer to load than the rest of a CLI command.
export type { S3DocumentStore, S3DocumentStoreOptions } from './s3/s3-document-store.js';
export { openDocumentStore, type DocumentStoreSettings } from './open.js';
export { minimalPdf, minimalOfd, minimalPng } from './samples.js';
