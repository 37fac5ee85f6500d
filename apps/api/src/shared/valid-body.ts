import { getMetadataStorage, ValidationTypes, type ValidationArguments } from 'class-validator';
// class-transformer keeps its decorators' metadata in this module and exports it nowhere else.
import { defaultMetadataStorage as untypedTransformerStorage } from 'class-transformer/cjs/storage.js';

type Constructor = new () => object;

/** The part of class-transformer's MetadataStorage read here (its module ships no types of its own). */
interface TransformerStorage {
  findTypeMetadata(target: Constructor, property: string): { typeFunction: (options?: unknown) => unknown; reflectedType?: unknown; options?: { discriminator?: unknown } } | undefined;
  findTransformMetadatas(target: Constructor, property: string, type: number): unknown[];
  getExposedMetadatas(target: Constructor): unknown[];
  getExcludedMetadatas(target: Constructor): unknown[];
  getStrategy(target: Constructor): string;
  addTypeMetadata(metadata: unknown): void;
  addTransformMetadata(metadata: unknown): void;
  addExposeMetadata(metadata: unknown): void;
  addExcludeMetadata(metadata: unknown): void;
}
const transformerStorage = untypedTransformerStorage as unknown as TransformerStorage;

/** class-transformer's TransformationType.PLAIN_TO_CLASS. */
const PLAIN_TO_CLASS = 0;

/** One rule, its metadata's fields copied out once: the metadata objects are slow to read on every request. */
interface Custom {
  readonly property: string;
  readonly constraints: unknown[];
  readonly each: boolean;
  readonly validateIf: ((object: object, value: unknown) => boolean) | undefined;
  readonly validators: readonly { validate(value: unknown, args: ValidationArguments): unknown }[];
}

type Condition = (object: object, value: unknown) => boolean;

interface Property {
  readonly name: string;
  readonly conditions: readonly Condition[];
  readonly customs: readonly Custom[];
  /** The class class-transformer builds for it, when class-validator descends into it. */
  readonly nested?: Body;
}

interface Body {
  readonly type: Constructor;
  /** What class-validator hands its rules as `targetName`: the name of the instance's class. */
  readonly name: string;
  readonly properties: Property[];
  readonly allowed: Set<string>;
  readonly nested: Map<string, Body>;
}

/**
 * A body's DTO rules read once from the decorators, so that a request that breaks none of them is
 * answered without class-validator building an error record for every property and
 * class-transformer walking the body: for a command's nested DTO that was about a tenth of its
 * CPU. It only says "valid" or "don't know": a body it does not pass goes through Nest's pipe as
 * before, so every refusal, and its wording, still comes from class-validator.
 *
 * It passes a body only where class-validator (whitelist, forbidden unknown fields and values, no
 * groups) would find nothing: the same rules called with the same arguments, the same conditions,
 * the same nested classes (from `@Type`); anything its rules cannot be read for (asynchronous or
 * group-bound rules, `@Transform`, `@Expose`, discriminators, values other than JSON's) is a
 * "don't know".
 */
export class ValidBodies {
  private plans = new Map<Constructor, Body | null>();
  private generation = -1;

  constructor(private readonly currentGeneration: () => number) {}

  /** The DTO instance class-transformer would build for a body that passes every rule, or undefined. */
  instance(type: Constructor, value: unknown): object | undefined {
    const generation = this.currentGeneration();
    if (generation !== this.generation) {
      this.plans = new Map();
      this.generation = generation;
    }
    const body = this.plan(type, new Set());
    const instance = body && isPlainObject(value) ? build(body, value) : undefined;
    return instance && passes(body!, instance) ? instance : undefined;
  }

  private plan(type: Constructor, compiling: Set<Constructor>): Body | null {
    const known = this.plans.get(type);
    if (known !== undefined) return known;
    if (compiling.has(type)) return null;
    compiling.add(type);
    const body = compile(type, (nested) => this.plan(nested, compiling));
    compiling.delete(type);
    this.plans.set(type, body);
    return body;
  }
}

function compile(type: Constructor, planOf: (nested: Constructor) => Body | null): Body | null {
  if (typeof type !== 'function' || type.length !== 0) return null;
  if (transformerStorage.getStrategy(type) !== 'none') return null;
  if (transformerStorage.getExposedMetadatas(type).length > 0 || transformerStorage.getExcludedMetadatas(type).length > 0) return null;
  const storage = getMetadataStorage();
  // As class-validator asks for them: no groups, not "always", not strict; the top-level body has no schema.
  const metadatas = storage.getTargetValidationMetadatas(type, '', false, false, undefined);
  if (metadatas.length === 0) return null;
  // An instance must hold nothing of its own but the declared fields, unset, as a parsed body would.
  let blank: object;
  try {
    blank = new type();
  } catch {
    return null;
  }
  const grouped = storage.groupByPropertyName(metadatas);
  const allowed = new Set(Object.keys(grouped).filter((name) => grouped[name]!.length > 0));
  for (const key of Reflect.ownKeys(blank)) {
    if (typeof key !== 'string' || !allowed.has(key) || (blank as Record<string, unknown>)[key] !== undefined) return null;
  }
  const properties: Property[] = [];
  for (const name of allowed) {
    if (transformerStorage.findTransformMetadatas(type, name, PLAIN_TO_CLASS).length > 0) return null;
    const conditions: Condition[] = [];
    const customs: Custom[] = [];
    let nested: Body | undefined;
    for (const metadata of grouped[name]!) {
      if (metadata.groups?.length || metadata.always !== undefined || metadata.context !== undefined) return null;
      switch (metadata.type) {
        case ValidationTypes.WHITELIST:
          break;
        case ValidationTypes.CONDITIONAL_VALIDATION:
          if (typeof metadata.constraints?.[0] !== 'function') return null;
          conditions.push(metadata.constraints[0] as Condition);
          break;
        case ValidationTypes.CUSTOM_VALIDATION: {
          const constraints = storage.getTargetValidatorConstraints(metadata.constraintCls);
          if (constraints.length === 0 || constraints.some((constraint) => constraint.async)) return null;
          customs.push({
            property: metadata.propertyName,
            constraints: metadata.constraints,
            each: metadata.each === true,
            validateIf: metadata.validateIf,
            validators: constraints.map((constraint) => constraint.instance as Custom['validators'][number]),
          });
          break;
        }
        case ValidationTypes.NESTED_VALIDATION: {
          const declared = transformerStorage.findTypeMetadata(type, name);
          // Map and Set are what class-transformer builds collections for; a discriminator picks the class per value.
          if (!declared || declared.options?.discriminator || declared.reflectedType === Map || declared.reflectedType === Set) return null;
          const target = declared.typeFunction({ newObject: undefined, object: {}, property: name }) as Constructor;
          const plan = typeof target === 'function' ? planOf(target) : null;
          if (!plan || (nested && nested !== plan)) return null;
          nested = plan;
          break;
        }
        default:
          return null;
      }
    }
    // A @Type without @ValidateNested would still make class-transformer build an instance.
    if (!nested && transformerStorage.findTypeMetadata(type, name)) return null;
    properties.push({ name, conditions, customs, ...(nested ? { nested } : {}) });
  }
  return { type, name: type.name, properties, allowed, nested: new Map(properties.filter((p) => p.nested).map((p) => [p.name, p.nested!])) };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function isJsonScalar(value: unknown): boolean {
  return value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/**
 * What class-transformer's plainToInstance makes of a parsed body: an instance per nested DTO,
 * new arrays, scalars as they are; undefined where a value is not of a shape kept that simply.
 */
function build(body: Body, object: Record<string, unknown>): Record<string, unknown> | undefined {
  const instance = new body.type() as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    const value = object[key];
    const nested = body.nested.get(key);
    if (nested && Array.isArray(value)) {
      const items: unknown[] = [];
      for (const item of value) {
        const built = isPlainObject(item) ? build(nested, item) : undefined;
        if (!built) return undefined;
        items.push(built);
      }
      instance[key] = items;
    } else if (nested && value === null) {
      instance[key] = null;
    } else if (nested) {
      const built = isPlainObject(value) ? build(nested, value) : undefined;
      if (!built) return undefined;
      instance[key] = built;
    } else if (Array.isArray(value)) {
      if (!value.every(isJsonScalar)) return undefined;
      instance[key] = [...(value as unknown[])];
    } else if (isJsonScalar(value)) instance[key] = value;
    else return undefined;
  }
  return instance;
}

/** class-validator's verdict on an instance built above, had it found no error: the same calls, in the same order. */
function passes(body: Body, object: Record<string, unknown>): boolean {
  for (const key of Object.keys(object)) if (!body.allowed.has(key)) return false;
  const targetName = body.name;
  properties: for (const property of body.properties) {
    const value = object[property.name];
    for (const condition of property.conditions) if (!condition(object, value)) continue properties;
    for (const custom of property.customs) {
      if (custom.validateIf && !custom.validateIf(object, value)) continue;
      const args: ValidationArguments = { targetName, property: custom.property, object, value, constraints: custom.constraints };
      for (const validator of custom.validators) {
        // A promise or any other answer than a boolean is left to class-validator.
        if (custom.each && Array.isArray(value)) {
          for (const item of value) if (validator.validate(item, args) !== true) return false;
        } else if (validator.validate(value, args) !== true) return false;
      }
    }
    const nested = property.nested;
    if (nested && value !== undefined) {
      if (Array.isArray(value)) {
        for (const item of value) if (!(item instanceof nested.type) || !passes(nested, item as Record<string, unknown>)) return false;
      } else if (!(value instanceof nested.type) || !passes(nested, value as Record<string, unknown>)) return false;
    }
  }
  return true;
}

let generation = 0;
let watching = false;

/** Bumped whenever a decorator adds class-transformer metadata, so that plans read before it are dropped. */
export function watchTransformerMetadata(): () => number {
  if (!watching) {
    watching = true;
    for (const name of ['addTypeMetadata', 'addTransformMetadata', 'addExposeMetadata', 'addExcludeMetadata'] as const) {
      const add = transformerStorage[name].bind(transformerStorage);
      transformerStorage[name] = (metadata: unknown) => {
        generation += 1;
        add(metadata);
      };
    }
  }
  return () => generation;
}
