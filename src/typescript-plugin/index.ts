// tsserver loads this with require() and calls it with its own `typescript` instance,
// which is threaded through everything: the plugin never loads a TypeScript of its own.
import type * as TS from 'typescript';
import { plainTypeScript } from '../core';
import { ALL_DIAGNOSTIC_CODES } from './codes';
import { readPluginConfig, type PluginConfig } from './config';
import { decorateLanguageService, isDecorated } from './decorate';
import { FindingsCache } from './file-findings';

/** Set to 1 to turn the plugin off without touching tsconfig.json. */
const DISABLE_VARIABLE = 'TFJS_LAYERS_TS_PLUGIN_DISABLED';

function init(modules: { typescript: typeof TS }): TS.server.PluginModule {
  // The analysis runs on a plain copy of the module: the bundle's getters cost on every `ts.isX`.
  const ts = plainTypeScript(modules.typescript);
  const disabled = process.env[DISABLE_VARIABLE] === '1';
  if (!disabled) registerFixableCodes(modules.typescript);
  const projects = new Set<{ config: PluginConfig; findings: FindingsCache }>();

  return {
    create(info) {
      const log = (message: string) => info.project.projectService.logger.info(`[tfjs-layers] ${message}`);
      if (disabled) {
        log(`disabled by ${DISABLE_VARIABLE}=1`);
        return info.languageService;
      }
      if (isDecorated(info.languageService)) return info.languageService;
      try {
        const state = { config: readPluginConfig(info.config, log), findings: undefined as unknown as FindingsCache };
        state.findings = new FindingsCache(
          ts,
          () => info.languageService,
          info.languageServiceHost,
          () => state.config,
        );
        projects.add(state);
        log(`enabled: ${state.config.rules.map((rule) => `${rule.check.ruleId}=${rule.level}`).join(', ')}${state.config.typeAware ? ' (type-aware)' : ''}`);
        return decorateLanguageService({ ts, languageService: info.languageService, findings: state.findings, log });
      } catch (error) {
        log(`could not start, TypeScript runs without it: ${error instanceof Error ? String(error.stack) : String(error)}`);
        return info.languageService;
      }
    },
    // VS Code's `configurePlugin` request: new options for every project.
    onConfigurationChanged(config) {
      for (const state of projects) {
        state.config = readPluginConfig(config, () => undefined);
        state.findings.clear();
      }
    },
  };
}

/**
 * VS Code offers quick fixes only for codes in the list it asks for once, without a file, and
 * that list cannot be proxied. TypeScript's internal codefix registry feeds it: guarded, since it
 * is not public API; without it the file-scoped list still carries our codes.
 */
function registerFixableCodes(ts: typeof TS): void {
  try {
    const codefix = (ts as unknown as { codefix?: { registerCodeFix?: (fix: { errorCodes: readonly number[]; getCodeActions: () => undefined }) => void } })
      .codefix;
    codefix?.registerCodeFix?.({ errorCodes: ALL_DIAGNOSTIC_CODES, getCodeActions: () => undefined });
  } catch {
    // An internal API changed: quick fixes still work in every editor that asks per file.
  }
}

export = init;
