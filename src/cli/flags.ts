// Parsers of the flags' values: a bad value is a usage error naming what is expected.
import { InvalidArgumentError } from 'commander';
import { parseSize } from '../input/bounded.js';

export function parseJobs(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number of at least 1.');
  const n = Number(value);
  if (n < 1 || n > 256) throw new InvalidArgumentError('expected a number from 1 to 256.');
  return n;
}

export function parseExtensions(value: string, previous: string[] | undefined): string[] {
  const list = value.split(',').map((e) => e.trim()).filter(Boolean);
  for (const e of list) if (!/^\.?[A-Za-z0-9_-]{1,16}$/.test(e)) throw new InvalidArgumentError(`"${e}" is not a file extension such as .md`);
  return [...(previous ?? []), ...list];
}

export function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value.trim())) throw new InvalidArgumentError('expected a four-digit year such as 2022.');
  const n = Number(value);
  if (n < 1900 || n > 2100) throw new InvalidArgumentError('expected a year from 1900 to 2100.');
  return n;
}

export function parseMaxInputSize(value: string): number {
  const n = parseSize(value);
  if (!(n >= 1)) throw new InvalidArgumentError('expected a size such as 32M, 512K, 1G or a number of bytes.');
  return n;
}

export function parseSeconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value.trim()) || !(n > 0)) throw new InvalidArgumentError('expected a number of seconds above 0.');
  return n;
}
