// Registrations: registerClass() calls with the classes that reach them, and project helpers
// named like a registration (`registerLayer(X)`).
import type * as TS from 'typescript';
import { describeClass } from './file-walk';
import type { RegistrationCall } from './layer-model';
import type { ClassTarget, RegistrationFlow, RunsAtLoad } from './registration-flow';
import { resolveTfjs, type TfjsBindings } from './tfjs-bindings';
import { getMemberAccess, skipValueWrappers, type Ts } from './ts-ast';

/** `tf.serialization.registerClass` through the file's bindings, or `<anything>.serialization.registerClass` (a UMD factory's parameter). */
export function isTfjsRegisterClass(ts: Ts, bindings: TfjsBindings, node: TS.Expression): boolean {
  const callee = skipValueWrappers(ts, node);
  // Most calls of a file are neither: one name test first.
  if (ts.isIdentifier(callee)) return bindings.names.get(callee.text)?.kind === 'registerClass' && resolveTfjs(ts, bindings, callee)?.kind === 'registerClass';
  const access = getMemberAccess(ts, callee);
  if (access?.name !== 'registerClass') return false;
  if (getMemberAccess(ts, skipValueWrappers(ts, access.object))?.name === 'serialization') return true;
  return resolveTfjs(ts, bindings, callee)?.kind === 'registerClass';
}

/**
 * Every registration of the file: registerClass() with what reaches it (aliases, lists, loops,
 * helpers, functions the module calls), and calls of helpers named like a registration
 * (`registerLayer(X)`), which count where the rule's options name them.
 */
export function readRegistrations(
  ts: Ts,
  flow: RegistrationFlow,
  calls: readonly TS.CallExpression[],
  bindings: TfjsBindings,
  typeAware: boolean,
): RegistrationCall[] {
  const registrations: RegistrationCall[] = [];
  const add = (node: TS.CallExpression, calleeName: string, isTfjs: boolean, target: ClassTarget, runs: RunsAtLoad): void => {
    // Another module's class matters only where the type checker can find it.
    if (target.kind === 'external' && !typeAware) return;
    registrations.push({
      node,
      calleeName,
      isTfjsRegisterClass: isTfjs,
      className: target.kind === 'local' ? (classBindingName(ts, target.node) ?? '') : '',
      argument: target.kind === 'external' ? target.expression : undefined,
      target: target.kind === 'local' ? target.node : undefined,
      atModuleLevel: runs === 'yes',
      unsure: runs === 'maybe' || undefined,
    });
  };
  for (const registration of flow.readRegistrations()) {
    add(registration.node, calleeNameOf(ts, registration.node) ?? 'registerClass', true, registration.target, registration.runs);
  }
  for (const call of calls) {
    const calleeName = calleeNameOf(ts, call);
    if (calleeName === undefined || !/regist/i.test(calleeName) || isTfjsRegisterClass(ts, bindings, call.expression)) continue;
    // A project helper by name (`registerLayer(X)`): it counts where the options list it.
    const values = flow.valueOf(call.arguments[0]!, 0);
    const runs = flow.runsAtLoad(call, 0);
    for (const target of values.classes) add(call, calleeName, false, target, runs);
  }
  return registrations;
}

function calleeNameOf(ts: Ts, call: TS.CallExpression): string | undefined {
  const callee = skipValueWrappers(ts, call.expression);
  return ts.isIdentifier(callee) ? callee.text : getMemberAccess(ts, callee)?.name;
}

/** The name the module knows a class by: its own, or the variable it is assigned to. */
function classBindingName(ts: Ts, node: TS.ClassLikeDeclaration): string | undefined {
  return describeClass(ts, node).name;
}
