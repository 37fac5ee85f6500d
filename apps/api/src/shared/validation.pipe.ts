import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { CertflowError } from '@certflow/errors';

type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];
import { RequestInvalidError } from '../problems/problems.js';
import { ValidBodies, watchTransformerMetadata } from './valid-body.js';

/** Whitelist and forbid unknown fields; every violation listed by its dotted path. */
export function requestValidationPipe(): ValidationPipe {
  rememberValidationMetadata();
  return new JsonRequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const flat = flatten(errors);
      return new RequestInvalidError(flat.map((e) => `${e.field}: ${e.problems.join('; ')}`).join(' | '), flat);
    },
  });
}

/**
 * Nest looks for binary values (a Buffer where a nested DTO belongs) with a walk that asks
 * class-validator's metadata of every nested class on every request. Our bodies are parsed
 * from JSON text, which never yields one, so a plain walk that finds none answers the same
 * for a fraction of the cost; a value that holds one still gets Nest's own answer.
 */
class JsonRequestValidationPipe extends ValidationPipe {
  private readonly validBodies = new ValidBodies(metadataGeneration());

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && typeof metadata.metatype === 'function') {
      // Nest would take a JSON `null` for an empty object; a body sent is a JSON object or nothing.
      if (this.toValidate(metadata) && value !== undefined && (value === null || typeof value !== 'object' || Array.isArray(value))) throw new RequestInvalidError('body: must be a JSON object', [{ field: 'body', problems: ['must be a JSON object'] }]);
      const instance = this.validBodies.instance(metadata.metatype as new () => object, value);
      if (instance) return instance;
    }
    return super.transform(value, metadata);
  }

  protected override findNestedBinaryValues(object: unknown, metadataCache?: Map<unknown, unknown[]>): ValidationError[] {
    return holdsBinary(object, 0) ? super.findNestedBinaryValues(object, metadataCache as Map<unknown, never[]>) : [];
  }
}

/** Deeper than any DTO nests: past it, Nest's own walk decides. */
const MAX_SCAN_DEPTH = 32;

function holdsBinary(value: unknown, depth: number): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer || depth > MAX_SCAN_DEPTH) return true;
  if (Array.isArray(value)) return value.some((item) => holdsBinary(item, depth + 1));
  if (value instanceof Set || value instanceof Map) return true;
  for (const key in value) {
    if (Object.hasOwn(value, key) && holdsBinary((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

let remembering = false;
let validatorGeneration = 0;

/** Changes whenever a decorator adds a rule of class-validator or class-transformer. */
function metadataGeneration(): () => number {
  const transformer = watchTransformerMetadata();
  // Both only grow, so their sum changes whenever either does.
  return () => validatorGeneration + transformer();
}

/**
 * class-validator filters its whole metadata list for a class, and groups it by property, on
 * every object it validates: for a command's nested DTO that was about a tenth of the command's
 * CPU. Metadata only changes when a decorator runs (at import), so the answers are kept per
 * class and options and forgotten whenever any metadata is added. The arrays handed out are
 * only read by class-validator (it filters into new ones), never changed.
 */
export function rememberValidationMetadata(): void {
  if (remembering) return;
  const storage = getMetadataStorage();
  assertCacheableStorage(storage);
  remembering = true;
  const filter = storage.getTargetValidationMetadatas.bind(storage);
  const group = storage.groupByPropertyName.bind(storage);
  const addValidation = storage.addValidationMetadata.bind(storage);
  const addConstraint = storage.addConstraintMetadata.bind(storage);
  let targets = new Map<unknown, Map<string, ValidationMetadata[]>>();
  let groups = new WeakMap<ValidationMetadata[], Record<string, ValidationMetadata[]>>();
  const forget = () => {
    validatorGeneration += 1;
    targets = new Map();
    groups = new WeakMap();
  };
  storage.addValidationMetadata = (metadata) => {
    forget();
    addValidation(metadata);
  };
  storage.addConstraintMetadata = (metadata) => {
    forget();
    addConstraint(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, validationGroups) => {
    const key = `${schema}\u0000${always}\u0000${strictGroups}\u0000${validationGroups?.join('\u0001') ?? '\u0002'}`;
    let byOptions = targets.get(target);
    if (!byOptions) targets.set(target, (byOptions = new Map()));
    let found = byOptions.get(key);
    if (!found) byOptions.set(key, (found = filter(target, schema, always, strictGroups, validationGroups)));
    return found;
  };
  storage.groupByPropertyName = (metadata) => {
    let grouped = groups.get(metadata);
    if (!grouped) groups.set(metadata, (grouped = group(metadata)));
    return grouped;
  };
}

/**
 * The methods (and their parameters) that the cache above replaces, as class-validator 0.15
 * declares them on its MetadataStorage. Should a release rename one, the cache would silently
 * stop applying (or, with a new parameter, answer for the wrong options): refuse to start instead.
 */
export const CACHED_STORAGE_METHODS = {
  getTargetValidationMetadatas: 5,
  groupByPropertyName: 1,
  addValidationMetadata: 1,
  addConstraintMetadata: 1,
} as const;

export function assertCacheableStorage(storage: object): void {
  const proto = Object.getPrototypeOf(storage) as Record<string, unknown> | null;
  for (const [name, arity] of Object.entries(CACHED_STORAGE_METHODS)) {
    const method = proto?.[name];
    if (typeof method !== 'function' || method.length !== arity) {
      throw new CertflowError('internal.validation-cache-unsupported', {
        zh: `class-validator 的 MetadataStorage 不再有校验缓存所替换的 ${name}（${arity} 个参数）：请对照新版本检查 apps/api/src/shared/validation.pipe.ts`,
        en: `class-validator's MetadataStorage no longer has ${name} (${arity} parameters), which the validation cache replaces: review apps/api/src/shared/validation.pipe.ts against the new release`,
      });
    }
  }
}

function flatten(errors: readonly ValidationError[], prefix = ''): { field: string; problems: string[] }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
