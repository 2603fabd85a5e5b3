/**
 * The only import surface for rules/: the rule definition helper, context types,
 * and the language helpers rules may use. Rules never import engine internals.
 */
export { defineRule, type Rule, type RuleDefinition, type RuleOptions } from './define-rule.js';
export type { PythonRuleContext, TypeScriptRuleContext, TextRuleContext, ProjectRuleContext } from '../engine/report.js';
export type { ProjectModel, AppInfo, RouteInfo, Fact, Anchor, ScannedFile } from '../engine/project-model.js';
export type { PyNode } from '../languages/python/walk.js';
export type { TsNode } from '../languages/typescript/walk.js';
export { calleePrefilter, calleesNamed, lastNames, memberPrefilter } from '../languages/typescript/prefilters.js';
export type { Dockerfile, DockerInstruction, DockerStage } from '../languages/text/dockerfile.js';
export { stageInstructions, isDevelopmentFile, resolvedImage, commandText } from '../languages/text/dockerfile.js';
export { isSecretLookingEntry, isPlaceholderValue } from '../languages/text/secret-values.js';
export { declaresOrchestratorProbe } from '../languages/text/orchestrator-probes.js';
export { containerCommands, type ContainerCommand } from '../languages/text/container-commands.js';
export type { EnvEntry } from '../languages/text/env-file.js';
export type { Manifest } from '../languages/text/manifest.js';
export { lineAnchor, instructionAnchor, isWithin } from '../engine/contexts.js';
export { PathSet } from '../engine/path-set.js';
/** The TypeScript compiler API, loaded lazily by the engine before any TS visitor runs. */
export { ts } from '../languages/typescript/runtime.js';
/** TypeScript AST types for annotations in rules (`TS.CallExpression`); type-only, loads nothing. */
export type { default as TS } from 'typescript';
export { isLivenessPath, isReadinessPath } from '../engine/health-paths.js';
export { isNonServerPath, isTestPath } from '../engine/code-paths.js';
export { nameWords } from '../languages/name-words.js';
export { memoSlot, type FileMemos } from '../languages/file-memo.js';
export { memoByString } from '../util/string-memo.js';
export { sensitiveValueKind, type SensitiveKind } from '../languages/sensitive-names.js';
export { requiredSettingKind, settingMatchKey, type RequiredSettingKind } from '../languages/setting-names.js';
export { looksLikeStateStore, isDeliberatelyInMemory, isInMemoryByDesign } from '../languages/state-names.js';
export { isAuthName, bodyChecksAuth, isPublicPath } from '../languages/auth-evidence.js';
export * as pySemantics from '../languages/python/semantics.js';
export * as tsSemantics from '../languages/typescript/semantics.js';
export type { PythonFile } from '../languages/python/file.js';
export { dottedCalleeMembers, ROUTE_CALL_MEMBERS, type TypeScriptFile } from '../languages/typescript/file.js';
export * as secrets from '../languages/secrets.js';
export * as pyRequestInput from '../languages/python/request-input.js';
export * as pyFieldBounds from '../languages/python/field-bounds.js';
export * as requestSize from '../languages/request-size.js';
export * as tsRequestInput from '../languages/typescript/request-input.js';
export { importsAny, appsWithout, startCommandsMatch } from './project-signals.js';
export * as resilience from '../languages/resilience.js';
export * as moneyActions from '../languages/money-actions.js';
