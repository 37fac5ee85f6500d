import { InvalidArgumentError } from 'commander';

/** A commander parser of whole numbers from 1, written in digits only; `refusal` says why another is refused. */
export function wholeNumberFrom1(refusal: (value: string) => string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError(refusal(value));
    return n;
  };
}
