// Contract: what getConfig() returns is what the reloaded layer is built from, and
// computeOutputShape() decides the shapes the next layers see. A `this.x` they read that
// nothing ever assigns is a typo or a forgotten assignment: saved as null, or an
// undefined shape that fails in a later layer.
import type * as TS from 'typescript';
import type { FileAnalysis } from '../analyze-file';
import type { Finding } from '../finding';
import type { LayerClass } from '../layer-model';
import { getClassChain, getRootBase, isSimilarName } from '../layer-queries';
import { LAYER_INSTANCE_MEMBERS } from '../tfjs-contract';
import { getThisPropertyName, isAssignmentOperator, MEMBER_ACCESSES, walkMemberBody, type Ts } from '../ts-ast';
import { defineCheck } from './check';

const CHECKED_METHODS = ['getConfig', 'computeOutputShape'] as const;

export const noUnassignedConfigField = defineCheck({
  ruleId: 'no-unassigned-config-field',
  description: 'Disallow getConfig() and computeOutputShape() reading fields that the layer never assigns',
  recommended: true,
  code: 910007,
  messages: {
    unassignedInGetConfig: '`this.{{field}}` is read by getConfig() of {{layer}} but never assigned: it is saved as null and the reloaded layer gets null.',
    unassignedInGetConfigDidYouMean:
      '`this.{{field}}` is read by getConfig() of {{layer}} but never assigned (did you mean `this.{{similar}}`?): it is saved as null and the reloaded layer gets null.',
    unassignedInComputeOutputShape:
      '`this.{{field}}` is read by computeOutputShape() of {{layer}} but never assigned: the output shape holds undefined, and a later layer fails with a shape error that names that layer, not this one.',
    unassignedInComputeOutputShapeDidYouMean:
      '`this.{{field}}` is read by computeOutputShape() of {{layer}} but never assigned (did you mean `this.{{similar}}`?): the output shape holds undefined, and a later layer fails with a shape error.',
  },
  defaultOptions: {},
  run(ts, analysis) {
    return analysis.layers.flatMap((layer) => checkLayer(ts, analysis, layer));
  },
});

function checkLayer(ts: Ts, analysis: FileAnalysis, layer: LayerClass): Finding[] {
  // A base outside the analysis may assign anything.
  const root = getRootBase(layer);
  if (root.kind !== 'tfjs' || root.name === 'RNN') return [];
  const chain = getClassChain(layer);
  if (chain.some((member) => member.assignsUnnamedFields)) return [];
  const methods = CHECKED_METHODS.flatMap((methodName) => {
    const method = layer.members.get(methodName);
    return method && ts.isMethodDeclaration(method) && method.body ? [{ methodName, body: method.body }] : [];
  });
  if (methods.length === 0) return [];
  // What the chain assigns itself; Layer's own members (LAYER_INSTANCE_MEMBERS) are asked separately, not copied per layer.
  const assigned = new Set<string>();
  for (const current of chain) {
    for (const write of current.fieldWrites) assigned.add(write.field);
    current.members.forEach((member, name) => {
      const isBareDeclaration = ts.isPropertyDeclaration(member) && !member.initializer;
      if (!isBareDeclaration) assigned.add(name);
    });
    current.ctor?.node.parameters.forEach((param) => {
      if (ts.isParameterPropertyDeclaration(param, current.ctor!.node) && ts.isIdentifier(param.name)) assigned.add(param.name.text);
    });
  }

  const findings: Finding[] = [];
  for (const { methodName, body } of methods) {
    const reported = new Set<string>();
    walkMemberBody(
      ts,
      body,
      (node) => {
        const field = getThisPropertyName(ts, node);
        if (field === undefined || assigned.has(field) || LAYER_INSTANCE_MEMBERS.has(field) || reported.has(field) || isWriteTarget(ts, node)) return true;
        reported.add(field);
        const similar = [...assigned].find((name) => !LAYER_INSTANCE_MEMBERS.has(name) && isSimilarName(name, field));
        const inGetConfig = methodName === 'getConfig';
        const messageId = similar
          ? inGetConfig
            ? 'unassignedInGetConfigDidYouMean'
            : 'unassignedInComputeOutputShapeDidYouMean'
          : inGetConfig
            ? 'unassignedInGetConfig'
            : 'unassignedInComputeOutputShape';
        findings.push({
          ruleId: noUnassignedConfigField.ruleId,
          messageId,
          data: { field, layer: layer.name ?? 'this layer', similar: similar ?? '' },
          start: node.getStart(analysis.sourceFile),
          end: node.end,
        });
        return true;
      },
      MEMBER_ACCESSES,
    );
  }
  return findings;
}

function isWriteTarget(ts: Ts, node: TS.Node): boolean {
  const parent = node.parent;
  return ts.isBinaryExpression(parent) && parent.left === node && isAssignmentOperator(ts, parent.operatorToken.kind);
}
