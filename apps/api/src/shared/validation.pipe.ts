import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { RequestInvalidError } from '../problems/problems.js';

/** Whitelist and forbid unknown fields; every violation listed by its dotted path. */
export function requestValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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

function flatten(errors: readonly ValidationError[], prefix = ''): { field: string; problems: string[] }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, problems: Object.values(error.constraints) }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
