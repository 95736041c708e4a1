// The tsserver side of the pipeline, up to findings: the program's SourceFile -> the shared
// analysis -> every enabled check -> findings not silenced by a disable comment. Cached per
// file version (and per program when type-aware), since tsserver asks again on every keystroke.
import type * as TS from 'typescript';
import { analyzeFile, shouldAnalyze, type Finding, type Ts } from '../core';
import type { EnabledRule, PluginConfig } from './config';
import { readDisableComments } from './disable-comments';

export interface RuleFinding {
  finding: Finding;
  rule: EnabledRule;
}

interface CacheEntry {
  version: string;
  program?: TS.Program;
  findings: RuleFinding[];
}

/** Bounded, like an editor's working set: the files being edited now. */
const CACHE_SIZE = 32;

export class FindingsCache {
  private readonly entries = new Map<string, CacheEntry>();

  constructor(
    private readonly ts: Ts,
    private readonly languageService: () => TS.LanguageService,
    private readonly host: TS.LanguageServiceHost,
    private readonly config: () => PluginConfig,
  ) {}

  get(fileName: string): RuleFinding[] {
    const config = this.config();
    const version = this.host.getScriptVersion(fileName);
    const program = this.languageService().getProgram();
    const typedProgram = config.typeAware ? program : undefined;
    const cached = this.entries.get(fileName);
    if (cached?.version === version && cached.program === typedProgram) return cached.findings;

    const sourceFile = program?.getSourceFile(fileName);
    const findings = sourceFile && shouldAnalyze(sourceFile, config.typeAware) ? this.compute(sourceFile, config, typedProgram) : [];
    this.entries.delete(fileName);
    this.entries.set(fileName, { version, program: typedProgram, findings });
    if (this.entries.size > CACHE_SIZE) this.entries.delete(this.entries.keys().next().value!);
    return findings;
  }

  clear(): void {
    this.entries.clear();
  }

  private compute(sourceFile: TS.SourceFile, config: PluginConfig, program: TS.Program | undefined): RuleFinding[] {
    if (process.env.TFJS_LAYERS_TS_PLUGIN_FAIL_FOR_TESTS === '1') throw new Error('forced failure (TFJS_LAYERS_TS_PLUGIN_FAIL_FOR_TESTS)');
    const analysis = analyzeFile(this.ts, sourceFile, program);
    if (analysis.layers.length === 0) return [];
    const isDisabled = readDisableComments(this.ts, sourceFile);
    return config.rules.flatMap((rule) =>
      rule.check
        .run(this.ts, analysis, rule.options)
        .filter((finding) => !isDisabled(finding.ruleId, finding.start))
        .map((finding) => ({ finding, rule })),
    );
  }
}
