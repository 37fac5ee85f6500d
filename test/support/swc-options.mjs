// How TypeScript is compiled for Jest and for the child processes the e2e tests start: Nest needs
// the decorator metadata that tsx and Node's type stripping do not emit.
export const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};
