// The pipeline's stages only point down: each folder may use the folders of
// the stages before it, never one after it. `npm test` runs this check
// (tests/audit/layers.test.ts).
const STAGES = ['util', 'text', 'lexicon', 'read', 'rules', 'refine', 'validate', 'output'];

const later = (stage) => STAGES.slice(STAGES.indexOf(stage) + 1);

module.exports = {
  forbidden: [
    ...STAGES.slice(0, -1).map((stage) => ({
      name: `${stage}-points-down`,
      comment: `${stage} is an earlier stage: it may not use ${later(stage).join(', ')}, nor the commands, the orchestrator or file input`,
      severity: 'error',
      from: { path: `^src/${stage}/` },
      to: { path: `^src/(?:${[...later(stage), 'cli', 'check', 'review', 'input'].join('|')})/|^src/(?:pipeline|rulebook|index)\\.ts$` },
    })),
    {
      name: 'stages-use-no-commands',
      comment: 'the library (stages, orchestrator, file input) never uses a command',
      severity: 'error',
      from: { path: `^src/(?:${STAGES.join('|')}|input)/|^src/(?:pipeline|rulebook|index)\\.ts$` },
      to: { path: '^src/(?:cli|check|review)/' },
    },
    {
      name: 'no-circular',
      comment: 'modules form no cycle',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^src/types/' },
  },
};
