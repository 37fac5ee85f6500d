export * from './port.js';
export * from './errors.js';
export { sniff, DocumentInspector } from './inspect.js';
export { FilesystemDocumentStore } from './filesystem/filesystem-document-store.js';
export { S3DocumentStore, type S3DocumentStoreOptions } from './s3/s3-document-store.js';
export { openDocumentStore, type DocumentStoreSettings } from './open.js';
export { minimalPdf, minimalOfd, minimalPng } from './samples.js';
