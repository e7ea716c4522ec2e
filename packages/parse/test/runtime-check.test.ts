import { expect, it } from 'vitest';
import { unsupportedNode } from '../src/runtime-check.ts';

it('refuses a Node.js before 22.13 and accepts 22.13 on, and any runtime that is not Node', () => {
  expect(['20.20.2', '22.12.0', '21.7.3', '18.0.0'].map(unsupportedNode)).toEqual(['20.20.2', '22.12.0', '21.7.3', '18.0.0']);
  expect(['22.13.0', '22.14.1', '23.0.0', '24.19.2'].map(unsupportedNode)).toEqual([null, null, null, null]);
  expect(unsupportedNode(undefined)).toBeNull();
});
