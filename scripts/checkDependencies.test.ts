import { findUnusedDependencies, typedPackage, type DependencyUse } from './check-dependencies';

const repo = (overrides: Partial<DependencyUse>): DependencyUse => ({
  dependencies: [],
  sources: [],
  commands: [],
  binsOf: () => [],
  tsTypes: [],
  ...overrides,
});

describe('findUnusedDependencies', () => {
  it('names a package no file imports', () => {
    const unused = findUnusedDependencies(
      repo({
        dependencies: ['d3-array', 'd3-selection', 'zod'],
        sources: ["import { max } from 'd3-array';\nconst { z } = await import(\"zod/mini\");"],
      }),
    );
    expect(unused).toEqual(['d3-selection']);
  });

  it('counts a type import, a module named in a config and a file read from node_modules', () => {
    const unused = findUnusedDependencies(
      repo({
        dependencies: ['@types/geojson', 'jsdom', 'world-atlas', 'pngjs'],
        sources: ["import type { Feature } from 'geojson';", "environment: 'jsdom',", 'const SOURCE = `${root}node_modules/world-atlas/countries-50m.json`;'],
      }),
    );
    expect(unused).toEqual(['pngjs']);
  });

  it('counts a tool whose binary a command runs, and not one whose name is only part of a word', () => {
    const binsOf = (name: string) => ({ typescript: ['tsc'], tsx: ['tsx'], eslint: ['eslint'] })[name] ?? [];
    const unused = findUnusedDependencies(
      repo({ dependencies: ['typescript', 'tsx', 'eslint'], commands: ['tsc --noEmit -p tsconfig.json && npx tsx scripts/preprocess.ts', 'run-eslint-later'], binsOf }),
    );
    expect(unused).toEqual(['eslint']);
  });

  it('keeps @types/x while x is used, and drops it with x', () => {
    const dependencies = ['d3-shape', '@types/d3-shape', 'd3-scale', '@types/d3-scale', '@types/node', '@types/react'];
    const unused = findUnusedDependencies(repo({ dependencies, sources: ["import { scaleLinear } from 'd3-scale';\nimport { readFileSync } from 'node:fs';"], tsTypes: ['react'] }));
    expect(unused).toEqual(['d3-shape', '@types/d3-shape']);
  });

  it('maps scoped type packages back to their package', () => {
    expect(typedPackage('@types/babel__core')).toBe('@babel/core');
    expect(typedPackage('@types/d3-array')).toBe('d3-array');
  });
});
