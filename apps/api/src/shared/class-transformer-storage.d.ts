// class-transformer keeps the metadata of its decorators in this module and ships no declaration for it.
declare module 'class-transformer/cjs/storage.js' {
  export const defaultMetadataStorage: unknown;
}
